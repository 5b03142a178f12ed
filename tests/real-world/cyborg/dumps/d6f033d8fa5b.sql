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
-- Name: accelerators; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accelerators (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    description text,
    project_id character varying(36),
    user_id character varying(36),
    device_type text NOT NULL,
    acc_type text,
    acc_capability text,
    vendor_id text NOT NULL,
    product_id text NOT NULL,
    remotable integer NOT NULL
);


ALTER TABLE public.accelerators OWNER TO postgres;

--
-- Name: accelerators_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.accelerators_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.accelerators_id_seq OWNER TO postgres;

--
-- Name: accelerators_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.accelerators_id_seq OWNED BY public.accelerators.id;


--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.attributes (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    deployable_id integer NOT NULL,
    key text NOT NULL,
    value text NOT NULL
);


ALTER TABLE public.attributes OWNER TO postgres;

--
-- Name: attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.attributes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.attributes_id_seq OWNER TO postgres;

--
-- Name: attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.attributes_id_seq OWNED BY public.attributes.id;


--
-- Name: deployables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.deployables (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    parent_uuid character varying(36),
    root_uuid character varying(36),
    address text NOT NULL,
    host text NOT NULL,
    board text NOT NULL,
    vendor text NOT NULL,
    version text NOT NULL,
    type text NOT NULL,
    interface_type text NOT NULL,
    assignable boolean NOT NULL,
    instance_uuid character varying(36),
    availability text NOT NULL,
    accelerator_id integer NOT NULL
);


ALTER TABLE public.deployables OWNER TO postgres;

--
-- Name: deployables_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.deployables_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.deployables_id_seq OWNER TO postgres;

--
-- Name: deployables_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.deployables_id_seq OWNED BY public.deployables.id;


--
-- Name: accelerators id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accelerators ALTER COLUMN id SET DEFAULT nextval('public.accelerators_id_seq'::regclass);


--
-- Name: attributes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes ALTER COLUMN id SET DEFAULT nextval('public.attributes_id_seq'::regclass);


--
-- Name: deployables id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables ALTER COLUMN id SET DEFAULT nextval('public.deployables_id_seq'::regclass);


--
-- Data for Name: accelerators; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accelerators (created_at, updated_at, id, uuid, name, description, project_id, user_id, device_type, acc_type, acc_capability, vendor_id, product_id, remotable) FROM stdin;
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
f50980397351
\.


--
-- Data for Name: attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.attributes (created_at, updated_at, id, uuid, deployable_id, key, value) FROM stdin;
\.


--
-- Data for Name: deployables; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.deployables (created_at, updated_at, id, uuid, name, parent_uuid, root_uuid, address, host, board, vendor, version, type, interface_type, assignable, instance_uuid, availability, accelerator_id) FROM stdin;
\.


--
-- Name: accelerators_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.accelerators_id_seq', 1, false);


--
-- Name: attributes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.attributes_id_seq', 1, false);


--
-- Name: deployables_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.deployables_id_seq', 1, false);


--
-- Name: accelerators accelerators_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accelerators
    ADD CONSTRAINT accelerators_pkey PRIMARY KEY (id);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: attributes attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_pkey PRIMARY KEY (id);


--
-- Name: deployables deployables_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_pkey PRIMARY KEY (id);


--
-- Name: accelerators uniq_accelerators0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accelerators
    ADD CONSTRAINT uniq_accelerators0uuid UNIQUE (uuid);


--
-- Name: attributes uniq_attributes0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT uniq_attributes0uuid UNIQUE (uuid);


--
-- Name: deployables uniq_deployables0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT uniq_deployables0uuid UNIQUE (uuid);


--
-- Name: attributes_deployable_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attributes_deployable_id_idx ON public.attributes USING btree (deployable_id);


--
-- Name: deployables_parent_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deployables_parent_uuid_idx ON public.deployables USING btree (parent_uuid);


--
-- Name: deployables_root_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deployables_root_uuid_idx ON public.deployables USING btree (root_uuid);


--
-- Name: attributes attributes_deployable_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_deployable_id_fkey FOREIGN KEY (deployable_id) REFERENCES public.deployables(id) ON DELETE CASCADE;


--
-- Name: deployables deployables_accelerator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_accelerator_id_fkey FOREIGN KEY (accelerator_id) REFERENCES public.accelerators(id) ON DELETE CASCADE;


--
-- Name: deployables deployables_parent_uuid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_parent_uuid_fkey FOREIGN KEY (parent_uuid) REFERENCES public.deployables(uuid);


--
-- Name: deployables deployables_root_uuid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_root_uuid_fkey FOREIGN KEY (root_uuid) REFERENCES public.deployables(uuid);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

