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
-- Name: blockrunstatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.blockrunstatus AS ENUM (
    'INITIAL',
    'QUEUED',
    'RUNNING',
    'COMPLETED',
    'FAILED',
    'CANCELLED'
);


ALTER TYPE public.blockrunstatus OWNER TO postgres;

--
-- Name: eventtype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.eventtype AS ENUM (
    'AWS_EVENT'
);


ALTER TYPE public.eventtype OWNER TO postgres;

--
-- Name: pipelinerunstatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.pipelinerunstatus AS ENUM (
    'INITIAL',
    'RUNNING',
    'COMPLETED',
    'FAILED',
    'CANCELLED'
);


ALTER TYPE public.pipelinerunstatus OWNER TO postgres;

--
-- Name: schedulestatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.schedulestatus AS ENUM (
    'ACTIVE',
    'INACTIVE'
);


ALTER TYPE public.schedulestatus OWNER TO postgres;

--
-- Name: scheduletype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.scheduletype AS ENUM (
    'TIME'
);


ALTER TYPE public.scheduletype OWNER TO postgres;

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
-- Name: block_run; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.block_run (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    pipeline_run_id integer,
    block_uuid character varying(255),
    status public.blockrunstatus,
    completed_at timestamp with time zone
);


ALTER TABLE public.block_run OWNER TO postgres;

--
-- Name: block_run_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.block_run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.block_run_id_seq OWNER TO postgres;

--
-- Name: block_run_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.block_run_id_seq OWNED BY public.block_run.id;


--
-- Name: event_matcher; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_matcher (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    event_type public.eventtype,
    name character varying(255),
    pattern json
);


ALTER TABLE public.event_matcher OWNER TO postgres;

--
-- Name: event_matcher_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.event_matcher_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.event_matcher_id_seq OWNER TO postgres;

--
-- Name: event_matcher_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.event_matcher_id_seq OWNED BY public.event_matcher.id;


--
-- Name: pipeline_run; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pipeline_run (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    pipeline_schedule_id integer,
    pipeline_uuid character varying(255),
    execution_date timestamp with time zone,
    status public.pipelinerunstatus,
    completed_at timestamp with time zone,
    variables json
);


ALTER TABLE public.pipeline_run OWNER TO postgres;

--
-- Name: pipeline_run_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pipeline_run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pipeline_run_id_seq OWNER TO postgres;

--
-- Name: pipeline_run_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pipeline_run_id_seq OWNED BY public.pipeline_run.id;


--
-- Name: pipeline_schedule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pipeline_schedule (
    id integer NOT NULL,
    created_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    name character varying(255),
    pipeline_uuid character varying(255),
    schedule_type public.scheduletype,
    start_time timestamp with time zone,
    schedule_interval character varying(50),
    status public.schedulestatus,
    variables json
);


ALTER TABLE public.pipeline_schedule OWNER TO postgres;

--
-- Name: pipeline_schedule_event_matcher_association; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pipeline_schedule_event_matcher_association (
    pipeline_schedule_id integer,
    event_matcher_id integer
);


ALTER TABLE public.pipeline_schedule_event_matcher_association OWNER TO postgres;

--
-- Name: pipeline_schedule_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pipeline_schedule_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pipeline_schedule_id_seq OWNER TO postgres;

--
-- Name: pipeline_schedule_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pipeline_schedule_id_seq OWNED BY public.pipeline_schedule.id;


--
-- Name: block_run id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.block_run ALTER COLUMN id SET DEFAULT nextval('public.block_run_id_seq'::regclass);


--
-- Name: event_matcher id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_matcher ALTER COLUMN id SET DEFAULT nextval('public.event_matcher_id_seq'::regclass);


--
-- Name: pipeline_run id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_run ALTER COLUMN id SET DEFAULT nextval('public.pipeline_run_id_seq'::regclass);


--
-- Name: pipeline_schedule id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_schedule ALTER COLUMN id SET DEFAULT nextval('public.pipeline_schedule_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
067326f43bc3
\.


--
-- Data for Name: block_run; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.block_run (id, created_at, updated_at, pipeline_run_id, block_uuid, status, completed_at) FROM stdin;
\.


--
-- Data for Name: event_matcher; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.event_matcher (id, created_at, updated_at, event_type, name, pattern) FROM stdin;
\.


--
-- Data for Name: pipeline_run; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pipeline_run (id, created_at, updated_at, pipeline_schedule_id, pipeline_uuid, execution_date, status, completed_at, variables) FROM stdin;
\.


--
-- Data for Name: pipeline_schedule; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pipeline_schedule (id, created_at, updated_at, name, pipeline_uuid, schedule_type, start_time, schedule_interval, status, variables) FROM stdin;
\.


--
-- Data for Name: pipeline_schedule_event_matcher_association; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pipeline_schedule_event_matcher_association (pipeline_schedule_id, event_matcher_id) FROM stdin;
\.


--
-- Name: block_run_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.block_run_id_seq', 1, false);


--
-- Name: event_matcher_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.event_matcher_id_seq', 1, false);


--
-- Name: pipeline_run_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pipeline_run_id_seq', 1, false);


--
-- Name: pipeline_schedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pipeline_schedule_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: block_run block_run_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.block_run
    ADD CONSTRAINT block_run_pkey PRIMARY KEY (id);


--
-- Name: event_matcher event_matcher_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_matcher
    ADD CONSTRAINT event_matcher_pkey PRIMARY KEY (id);


--
-- Name: pipeline_run pipeline_run_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_run
    ADD CONSTRAINT pipeline_run_pkey PRIMARY KEY (id);


--
-- Name: pipeline_schedule pipeline_schedule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_schedule
    ADD CONSTRAINT pipeline_schedule_pkey PRIMARY KEY (id);


--
-- Name: block_run block_run_pipeline_run_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.block_run
    ADD CONSTRAINT block_run_pipeline_run_id_fkey FOREIGN KEY (pipeline_run_id) REFERENCES public.pipeline_run(id);


--
-- Name: pipeline_run pipeline_run_pipeline_schedule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_run
    ADD CONSTRAINT pipeline_run_pipeline_schedule_id_fkey FOREIGN KEY (pipeline_schedule_id) REFERENCES public.pipeline_schedule(id);


--
-- Name: pipeline_schedule_event_matcher_association pipeline_schedule_event_matcher_assoc_pipeline_schedule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_schedule_event_matcher_association
    ADD CONSTRAINT pipeline_schedule_event_matcher_assoc_pipeline_schedule_id_fkey FOREIGN KEY (pipeline_schedule_id) REFERENCES public.pipeline_schedule(id);


--
-- Name: pipeline_schedule_event_matcher_association pipeline_schedule_event_matcher_associati_event_matcher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pipeline_schedule_event_matcher_association
    ADD CONSTRAINT pipeline_schedule_event_matcher_associati_event_matcher_id_fkey FOREIGN KEY (event_matcher_id) REFERENCES public.event_matcher(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

