--
-- PostgreSQL database dump
--

\restrict rehearse

-- Dumped from database version 18.6
-- Dumped by pg_dump version 18.3

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Catalogue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Catalogue" (
    pool character varying(64),
    project character varying(64),
    queue character varying(64) NOT NULL
);


ALTER TABLE public."Catalogue" OWNER TO postgres;

--
-- Name: Flavors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Flavors" (
    name character varying(64) NOT NULL,
    project character varying(64),
    pool_group character varying(64) NOT NULL,
    capabilities text
);


ALTER TABLE public."Flavors" OWNER TO postgres;

--
-- Name: PoolGroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."PoolGroup" (
    name character varying(64) NOT NULL
);


ALTER TABLE public."PoolGroup" OWNER TO postgres;

--
-- Name: Pools; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Pools" (
    name character varying(64) NOT NULL,
    "group" character varying(64),
    uri character varying(255) NOT NULL,
    weight integer NOT NULL,
    options text
);


ALTER TABLE public."Pools" OWNER TO postgres;

--
-- Name: Queues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Queues" (
    id integer NOT NULL,
    project character varying(64),
    name character varying(64),
    metadata bytea
);


ALTER TABLE public."Queues" OWNER TO postgres;

--
-- Name: Queues_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."Queues_id_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public."Queues_id_seq" OWNER TO postgres;

--
-- Name: Queues_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."Queues_id_seq" OWNED BY public."Queues".id;


--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: Queues id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Queues" ALTER COLUMN id SET DEFAULT nextval('public."Queues_id_seq"'::regclass);


--
-- Data for Name: Catalogue; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."Catalogue" (pool, project, queue) FROM stdin;
\.


--
-- Data for Name: Flavors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."Flavors" (name, project, pool_group, capabilities) FROM stdin;
\.


--
-- Data for Name: PoolGroup; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."PoolGroup" (name) FROM stdin;
\.


--
-- Data for Name: Pools; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."Pools" (name, "group", uri, weight, options) FROM stdin;
\.


--
-- Data for Name: Queues; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."Queues" (id, project, name, metadata) FROM stdin;
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
005
\.


--
-- Name: Queues_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public."Queues_id_seq"', 1, false);


--
-- Name: Catalogue Catalogue_project_queue_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Catalogue"
    ADD CONSTRAINT "Catalogue_project_queue_key" UNIQUE (project, queue);


--
-- Name: Flavors Flavors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Flavors"
    ADD CONSTRAINT "Flavors_pkey" PRIMARY KEY (name);


--
-- Name: PoolGroup PoolGroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."PoolGroup"
    ADD CONSTRAINT "PoolGroup_pkey" PRIMARY KEY (name);


--
-- Name: Pools Pools_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Pools"
    ADD CONSTRAINT "Pools_pkey" PRIMARY KEY (name);


--
-- Name: Pools Pools_uri_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Pools"
    ADD CONSTRAINT "Pools_uri_key" UNIQUE (uri);


--
-- Name: Queues Queues_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Queues"
    ADD CONSTRAINT "Queues_pkey" PRIMARY KEY (id);


--
-- Name: Queues Queues_project_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Queues"
    ADD CONSTRAINT "Queues_project_name_key" UNIQUE (project, name);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: Catalogue Catalogue_pool_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Catalogue"
    ADD CONSTRAINT "Catalogue_pool_fkey" FOREIGN KEY (pool) REFERENCES public."Pools"(name) ON DELETE CASCADE;


--
-- Name: Flavors Flavors_pool_group_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Flavors"
    ADD CONSTRAINT "Flavors_pool_group_fkey" FOREIGN KEY (pool_group) REFERENCES public."PoolGroup"(name) ON DELETE CASCADE;


--
-- Name: Pools Pools_group_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Pools"
    ADD CONSTRAINT "Pools_group_fkey" FOREIGN KEY ("group") REFERENCES public."PoolGroup"(name) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

