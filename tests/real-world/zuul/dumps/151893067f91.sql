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
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: zuul_artifact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_artifact (
    id integer NOT NULL,
    build_id integer,
    name character varying(255),
    url text,
    metadata text
);


ALTER TABLE public.zuul_artifact OWNER TO postgres;

--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_artifact_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_artifact_id_seq OWNER TO postgres;

--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_artifact_id_seq OWNED BY public.zuul_artifact.id;


--
-- Name: zuul_build; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_build (
    id integer NOT NULL,
    buildset_id integer,
    uuid character varying(36),
    job_name character varying(255),
    result character varying(255),
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    voting boolean,
    log_url character varying(255),
    error_detail text,
    final boolean,
    held boolean,
    nodeset character varying(255)
);


ALTER TABLE public.zuul_build OWNER TO postgres;

--
-- Name: zuul_build_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_build_event (
    id integer NOT NULL,
    build_id integer,
    event_time timestamp without time zone,
    event_type character varying(255),
    description text
);


ALTER TABLE public.zuul_build_event OWNER TO postgres;

--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_build_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_build_event_id_seq OWNER TO postgres;

--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_build_event_id_seq OWNED BY public.zuul_build_event.id;


--
-- Name: zuul_build_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_build_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_build_id_seq OWNER TO postgres;

--
-- Name: zuul_build_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_build_id_seq OWNED BY public.zuul_build.id;


--
-- Name: zuul_buildset; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_buildset (
    id integer NOT NULL,
    zuul_ref character varying(255),
    pipeline character varying(255),
    project character varying(255),
    change integer,
    patchset character varying(255),
    ref character varying(255),
    message text,
    tenant character varying(255),
    result character varying(255),
    ref_url character varying(255),
    oldrev character varying(255),
    newrev character varying(255),
    branch character varying(255),
    uuid character varying(36),
    event_id character varying(255),
    event_timestamp timestamp without time zone,
    first_build_start_time timestamp without time zone,
    last_build_end_time timestamp without time zone,
    updated timestamp without time zone
);


ALTER TABLE public.zuul_buildset OWNER TO postgres;

--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_buildset_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_buildset_id_seq OWNER TO postgres;

--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_buildset_id_seq OWNED BY public.zuul_buildset.id;


--
-- Name: zuul_provides; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_provides (
    id integer NOT NULL,
    build_id integer,
    name character varying(255)
);


ALTER TABLE public.zuul_provides OWNER TO postgres;

--
-- Name: zuul_provides_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_provides_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_provides_id_seq OWNER TO postgres;

--
-- Name: zuul_provides_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_provides_id_seq OWNED BY public.zuul_provides.id;


--
-- Name: zuul_artifact id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact ALTER COLUMN id SET DEFAULT nextval('public.zuul_artifact_id_seq'::regclass);


--
-- Name: zuul_build id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build ALTER COLUMN id SET DEFAULT nextval('public.zuul_build_id_seq'::regclass);


--
-- Name: zuul_build_event id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event ALTER COLUMN id SET DEFAULT nextval('public.zuul_build_event_id_seq'::regclass);


--
-- Name: zuul_buildset id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset ALTER COLUMN id SET DEFAULT nextval('public.zuul_buildset_id_seq'::regclass);


--
-- Name: zuul_provides id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides ALTER COLUMN id SET DEFAULT nextval('public.zuul_provides_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
0ed5def089e2
\.


--
-- Data for Name: zuul_artifact; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_artifact (id, build_id, name, url, metadata) FROM stdin;
\.


--
-- Data for Name: zuul_build; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_build (id, buildset_id, uuid, job_name, result, start_time, end_time, voting, log_url, error_detail, final, held, nodeset) FROM stdin;
\.


--
-- Data for Name: zuul_build_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_build_event (id, build_id, event_time, event_type, description) FROM stdin;
\.


--
-- Data for Name: zuul_buildset; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_buildset (id, zuul_ref, pipeline, project, change, patchset, ref, message, tenant, result, ref_url, oldrev, newrev, branch, uuid, event_id, event_timestamp, first_build_start_time, last_build_end_time, updated) FROM stdin;
\.


--
-- Data for Name: zuul_provides; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_provides (id, build_id, name) FROM stdin;
\.


--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_artifact_id_seq', 1, false);


--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_build_event_id_seq', 1, false);


--
-- Name: zuul_build_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_build_id_seq', 1, false);


--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_buildset_id_seq', 1, false);


--
-- Name: zuul_provides_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_provides_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: zuul_artifact zuul_artifact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact
    ADD CONSTRAINT zuul_artifact_pkey PRIMARY KEY (id);


--
-- Name: zuul_build_event zuul_build_event_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event
    ADD CONSTRAINT zuul_build_event_pkey PRIMARY KEY (id);


--
-- Name: zuul_build zuul_build_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build
    ADD CONSTRAINT zuul_build_pkey PRIMARY KEY (id);


--
-- Name: zuul_buildset zuul_buildset_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset
    ADD CONSTRAINT zuul_buildset_pkey PRIMARY KEY (id);


--
-- Name: zuul_provides zuul_provides_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides
    ADD CONSTRAINT zuul_provides_pkey PRIMARY KEY (id);


--
-- Name: change_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX change_idx ON public.zuul_buildset USING btree (change);


--
-- Name: job_name_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX job_name_buildset_id_idx ON public.zuul_build USING btree (job_name, buildset_id);


--
-- Name: project_change_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_change_idx ON public.zuul_buildset USING btree (project, change);


--
-- Name: project_pipeline_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX project_pipeline_idx ON public.zuul_buildset USING btree (project, pipeline);


--
-- Name: uuid_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX uuid_buildset_id_idx ON public.zuul_build USING btree (uuid, buildset_id);


--
-- Name: uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX uuid_idx ON public.zuul_buildset USING btree (uuid);


--
-- Name: zuul_artifact zuul_artifact_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact
    ADD CONSTRAINT zuul_artifact_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- Name: zuul_build zuul_build_buildset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build
    ADD CONSTRAINT zuul_build_buildset_id_fkey FOREIGN KEY (buildset_id) REFERENCES public.zuul_buildset(id);


--
-- Name: zuul_build_event zuul_build_event_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event
    ADD CONSTRAINT zuul_build_event_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- Name: zuul_provides zuul_provides_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides
    ADD CONSTRAINT zuul_provides_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

