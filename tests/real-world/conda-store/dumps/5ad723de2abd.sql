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

--
-- Name: buildartifacttype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.buildartifacttype AS ENUM (
    'DIRECTORY',
    'LOCKFILE',
    'LOGS',
    'YAML',
    'CONDA_PACK',
    'DOCKER_BLOB',
    'DOCKER_MANIFEST'
);


ALTER TYPE public.buildartifacttype OWNER TO postgres;

--
-- Name: buildstatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.buildstatus AS ENUM (
    'QUEUED',
    'BUILDING',
    'COMPLETED',
    'FAILED'
);


ALTER TYPE public.buildstatus OWNER TO postgres;

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
-- Name: build; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.build (
    id integer NOT NULL,
    specification_id integer NOT NULL,
    environment_id integer NOT NULL,
    status public.buildstatus,
    size bigint,
    scheduled_on timestamp without time zone,
    started_on timestamp without time zone,
    ended_on timestamp without time zone,
    deleted_on timestamp without time zone
);


ALTER TABLE public.build OWNER TO postgres;

--
-- Name: build_artifact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.build_artifact (
    id integer NOT NULL,
    build_id integer,
    artifact_type public.buildartifacttype NOT NULL,
    key character varying(255)
);


ALTER TABLE public.build_artifact OWNER TO postgres;

--
-- Name: build_artifact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.build_artifact_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.build_artifact_id_seq OWNER TO postgres;

--
-- Name: build_artifact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.build_artifact_id_seq OWNED BY public.build_artifact.id;


--
-- Name: build_conda_package; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.build_conda_package (
    build_id integer NOT NULL,
    conda_package_id integer NOT NULL
);


ALTER TABLE public.build_conda_package OWNER TO postgres;

--
-- Name: build_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.build_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.build_id_seq OWNER TO postgres;

--
-- Name: build_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.build_id_seq OWNED BY public.build.id;


--
-- Name: conda_channel; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conda_channel (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    last_update timestamp without time zone
);


ALTER TABLE public.conda_channel OWNER TO postgres;

--
-- Name: conda_channel_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.conda_channel_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.conda_channel_id_seq OWNER TO postgres;

--
-- Name: conda_channel_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.conda_channel_id_seq OWNED BY public.conda_channel.id;


--
-- Name: conda_package; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conda_package (
    id integer NOT NULL,
    channel_id integer,
    build character varying(64) NOT NULL,
    build_number integer NOT NULL,
    constrains json,
    depends json NOT NULL,
    license text,
    license_family character varying(64),
    md5 character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size bigint NOT NULL,
    subdir character varying(64),
    "timestamp" bigint,
    version character varying(64) NOT NULL,
    summary text,
    description text
);


ALTER TABLE public.conda_package OWNER TO postgres;

--
-- Name: conda_package_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.conda_package_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.conda_package_id_seq OWNER TO postgres;

--
-- Name: conda_package_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.conda_package_id_seq OWNED BY public.conda_package.id;


--
-- Name: conda_store_configuration; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conda_store_configuration (
    id integer NOT NULL,
    disk_usage bigint,
    free_storage bigint,
    total_storage bigint
);


ALTER TABLE public.conda_store_configuration OWNER TO postgres;

--
-- Name: conda_store_configuration_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.conda_store_configuration_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.conda_store_configuration_id_seq OWNER TO postgres;

--
-- Name: conda_store_configuration_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.conda_store_configuration_id_seq OWNED BY public.conda_store_configuration.id;


--
-- Name: environment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.environment (
    id integer NOT NULL,
    namespace_id integer NOT NULL,
    name character varying(255) NOT NULL,
    current_build_id integer,
    deleted_on timestamp without time zone,
    description text
);


ALTER TABLE public.environment OWNER TO postgres;

--
-- Name: environment_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.environment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.environment_id_seq OWNER TO postgres;

--
-- Name: environment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.environment_id_seq OWNED BY public.environment.id;


--
-- Name: namespace; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.namespace (
    id integer NOT NULL,
    name character varying(255),
    deleted_on timestamp without time zone
);


ALTER TABLE public.namespace OWNER TO postgres;

--
-- Name: namespace_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.namespace_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.namespace_id_seq OWNER TO postgres;

--
-- Name: namespace_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.namespace_id_seq OWNED BY public.namespace.id;


--
-- Name: solve; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.solve (
    id integer NOT NULL,
    specification_id integer NOT NULL,
    scheduled_on timestamp without time zone,
    started_on timestamp without time zone,
    ended_on timestamp without time zone
);


ALTER TABLE public.solve OWNER TO postgres;

--
-- Name: solve_conda_package; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.solve_conda_package (
    solve_id integer NOT NULL,
    conda_package_id integer NOT NULL
);


ALTER TABLE public.solve_conda_package OWNER TO postgres;

--
-- Name: solve_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.solve_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.solve_id_seq OWNER TO postgres;

--
-- Name: solve_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.solve_id_seq OWNED BY public.solve.id;


--
-- Name: specification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.specification (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    spec json NOT NULL,
    sha256 character varying(255) NOT NULL,
    created_on timestamp without time zone
);


ALTER TABLE public.specification OWNER TO postgres;

--
-- Name: specification_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.specification_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.specification_id_seq OWNER TO postgres;

--
-- Name: specification_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.specification_id_seq OWNED BY public.specification.id;


--
-- Name: build id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build ALTER COLUMN id SET DEFAULT nextval('public.build_id_seq'::regclass);


--
-- Name: build_artifact id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build_artifact ALTER COLUMN id SET DEFAULT nextval('public.build_artifact_id_seq'::regclass);


--
-- Name: conda_channel id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_channel ALTER COLUMN id SET DEFAULT nextval('public.conda_channel_id_seq'::regclass);


--
-- Name: conda_package id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_package ALTER COLUMN id SET DEFAULT nextval('public.conda_package_id_seq'::regclass);


--
-- Name: conda_store_configuration id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_store_configuration ALTER COLUMN id SET DEFAULT nextval('public.conda_store_configuration_id_seq'::regclass);


--
-- Name: environment id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.environment ALTER COLUMN id SET DEFAULT nextval('public.environment_id_seq'::regclass);


--
-- Name: namespace id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.namespace ALTER COLUMN id SET DEFAULT nextval('public.namespace_id_seq'::regclass);


--
-- Name: solve id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.solve ALTER COLUMN id SET DEFAULT nextval('public.solve_id_seq'::regclass);


--
-- Name: specification id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.specification ALTER COLUMN id SET DEFAULT nextval('public.specification_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
8d63a091aff8
\.


--
-- Data for Name: build; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.build (id, specification_id, environment_id, status, size, scheduled_on, started_on, ended_on, deleted_on) FROM stdin;
\.


--
-- Data for Name: build_artifact; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.build_artifact (id, build_id, artifact_type, key) FROM stdin;
\.


--
-- Data for Name: build_conda_package; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.build_conda_package (build_id, conda_package_id) FROM stdin;
\.


--
-- Data for Name: conda_channel; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conda_channel (id, name, last_update) FROM stdin;
\.


--
-- Data for Name: conda_package; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conda_package (id, channel_id, build, build_number, constrains, depends, license, license_family, md5, name, sha256, size, subdir, "timestamp", version, summary, description) FROM stdin;
\.


--
-- Data for Name: conda_store_configuration; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conda_store_configuration (id, disk_usage, free_storage, total_storage) FROM stdin;
\.


--
-- Data for Name: environment; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.environment (id, namespace_id, name, current_build_id, deleted_on, description) FROM stdin;
\.


--
-- Data for Name: namespace; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.namespace (id, name, deleted_on) FROM stdin;
\.


--
-- Data for Name: solve; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.solve (id, specification_id, scheduled_on, started_on, ended_on) FROM stdin;
\.


--
-- Data for Name: solve_conda_package; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.solve_conda_package (solve_id, conda_package_id) FROM stdin;
\.


--
-- Data for Name: specification; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.specification (id, name, spec, sha256, created_on) FROM stdin;
\.


--
-- Name: build_artifact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.build_artifact_id_seq', 1, false);


--
-- Name: build_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.build_id_seq', 1, false);


--
-- Name: conda_channel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conda_channel_id_seq', 1, false);


--
-- Name: conda_package_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conda_package_id_seq', 1, false);


--
-- Name: conda_store_configuration_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conda_store_configuration_id_seq', 1, false);


--
-- Name: environment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.environment_id_seq', 1, false);


--
-- Name: namespace_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.namespace_id_seq', 1, false);


--
-- Name: solve_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.solve_id_seq', 1, false);


--
-- Name: specification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.specification_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: build_artifact build_artifact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build_artifact
    ADD CONSTRAINT build_artifact_pkey PRIMARY KEY (id);


--
-- Name: build_conda_package build_conda_package_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build_conda_package
    ADD CONSTRAINT build_conda_package_pkey PRIMARY KEY (build_id, conda_package_id);


--
-- Name: build build_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build
    ADD CONSTRAINT build_pkey PRIMARY KEY (id);


--
-- Name: conda_channel conda_channel_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_channel
    ADD CONSTRAINT conda_channel_name_key UNIQUE (name);


--
-- Name: conda_channel conda_channel_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_channel
    ADD CONSTRAINT conda_channel_pkey PRIMARY KEY (id);


--
-- Name: conda_package conda_package_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_package
    ADD CONSTRAINT conda_package_pkey PRIMARY KEY (id);


--
-- Name: conda_store_configuration conda_store_configuration_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conda_store_configuration
    ADD CONSTRAINT conda_store_configuration_pkey PRIMARY KEY (id);


--
-- Name: environment environment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.environment
    ADD CONSTRAINT environment_pkey PRIMARY KEY (id);


--
-- Name: namespace namespace_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.namespace
    ADD CONSTRAINT namespace_name_key UNIQUE (name);


--
-- Name: namespace namespace_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.namespace
    ADD CONSTRAINT namespace_pkey PRIMARY KEY (id);


--
-- Name: solve_conda_package solve_conda_package_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.solve_conda_package
    ADD CONSTRAINT solve_conda_package_pkey PRIMARY KEY (solve_id, conda_package_id);


--
-- Name: solve solve_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.solve
    ADD CONSTRAINT solve_pkey PRIMARY KEY (id);


--
-- Name: specification specification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.specification
    ADD CONSTRAINT specification_pkey PRIMARY KEY (id);


--
-- Name: specification specification_sha256_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.specification
    ADD CONSTRAINT specification_sha256_key UNIQUE (sha256);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

