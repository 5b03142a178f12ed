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
-- Name: studydirection; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.studydirection AS ENUM (
    'NOT_SET',
    'MINIMIZE',
    'MAXIMIZE'
);


ALTER TYPE public.studydirection OWNER TO postgres;

--
-- Name: trialstate; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.trialstate AS ENUM (
    'RUNNING',
    'COMPLETE',
    'PRUNED',
    'FAIL'
);


ALTER TYPE public.trialstate OWNER TO postgres;

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
-- Name: studies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.studies (
    study_id integer NOT NULL,
    study_name character varying(512) NOT NULL,
    direction public.studydirection NOT NULL
);


ALTER TABLE public.studies OWNER TO postgres;

--
-- Name: studies_study_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.studies_study_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.studies_study_id_seq OWNER TO postgres;

--
-- Name: studies_study_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.studies_study_id_seq OWNED BY public.studies.study_id;


--
-- Name: study_system_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.study_system_attributes (
    study_system_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json character varying(2048)
);


ALTER TABLE public.study_system_attributes OWNER TO postgres;

--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.study_system_attributes_study_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.study_system_attributes_study_system_attribute_id_seq OWNER TO postgres;

--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.study_system_attributes_study_system_attribute_id_seq OWNED BY public.study_system_attributes.study_system_attribute_id;


--
-- Name: study_user_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.study_user_attributes (
    study_user_attribute_id integer NOT NULL,
    study_id integer,
    key character varying(512),
    value_json character varying(2048)
);


ALTER TABLE public.study_user_attributes OWNER TO postgres;

--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.study_user_attributes_study_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.study_user_attributes_study_user_attribute_id_seq OWNER TO postgres;

--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.study_user_attributes_study_user_attribute_id_seq OWNED BY public.study_user_attributes.study_user_attribute_id;


--
-- Name: trial_params; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_params (
    param_id integer NOT NULL,
    trial_id integer,
    param_name character varying(512),
    param_value double precision,
    distribution_json character varying(2048)
);


ALTER TABLE public.trial_params OWNER TO postgres;

--
-- Name: trial_params_param_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_params_param_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trial_params_param_id_seq OWNER TO postgres;

--
-- Name: trial_params_param_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_params_param_id_seq OWNED BY public.trial_params.param_id;


--
-- Name: trial_system_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_system_attributes (
    trial_system_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json character varying(2048)
);


ALTER TABLE public.trial_system_attributes OWNER TO postgres;

--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq OWNER TO postgres;

--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_system_attributes_trial_system_attribute_id_seq OWNED BY public.trial_system_attributes.trial_system_attribute_id;


--
-- Name: trial_user_attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_user_attributes (
    trial_user_attribute_id integer NOT NULL,
    trial_id integer,
    key character varying(512),
    value_json character varying(2048)
);


ALTER TABLE public.trial_user_attributes OWNER TO postgres;

--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq OWNER TO postgres;

--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_user_attributes_trial_user_attribute_id_seq OWNED BY public.trial_user_attributes.trial_user_attribute_id;


--
-- Name: trial_values; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_values (
    trial_value_id integer NOT NULL,
    trial_id integer,
    step integer,
    value double precision
);


ALTER TABLE public.trial_values OWNER TO postgres;

--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trial_values_trial_value_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trial_values_trial_value_id_seq OWNER TO postgres;

--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trial_values_trial_value_id_seq OWNED BY public.trial_values.trial_value_id;


--
-- Name: trials; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trials (
    trial_id integer NOT NULL,
    study_id integer,
    state public.trialstate NOT NULL,
    value double precision,
    datetime_start timestamp without time zone,
    datetime_complete timestamp without time zone
);


ALTER TABLE public.trials OWNER TO postgres;

--
-- Name: trials_trial_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trials_trial_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trials_trial_id_seq OWNER TO postgres;

--
-- Name: trials_trial_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trials_trial_id_seq OWNED BY public.trials.trial_id;


--
-- Name: version_info; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.version_info (
    version_info_id integer NOT NULL,
    schema_version integer,
    library_version character varying(256),
    CONSTRAINT version_info_version_info_id_check CHECK ((version_info_id = 1))
);


ALTER TABLE public.version_info OWNER TO postgres;

--
-- Name: studies study_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studies ALTER COLUMN study_id SET DEFAULT nextval('public.studies_study_id_seq'::regclass);


--
-- Name: study_system_attributes study_system_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes ALTER COLUMN study_system_attribute_id SET DEFAULT nextval('public.study_system_attributes_study_system_attribute_id_seq'::regclass);


--
-- Name: study_user_attributes study_user_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes ALTER COLUMN study_user_attribute_id SET DEFAULT nextval('public.study_user_attributes_study_user_attribute_id_seq'::regclass);


--
-- Name: trial_params param_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params ALTER COLUMN param_id SET DEFAULT nextval('public.trial_params_param_id_seq'::regclass);


--
-- Name: trial_system_attributes trial_system_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes ALTER COLUMN trial_system_attribute_id SET DEFAULT nextval('public.trial_system_attributes_trial_system_attribute_id_seq'::regclass);


--
-- Name: trial_user_attributes trial_user_attribute_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes ALTER COLUMN trial_user_attribute_id SET DEFAULT nextval('public.trial_user_attributes_trial_user_attribute_id_seq'::regclass);


--
-- Name: trial_values trial_value_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values ALTER COLUMN trial_value_id SET DEFAULT nextval('public.trial_values_trial_value_id_seq'::regclass);


--
-- Name: trials trial_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials ALTER COLUMN trial_id SET DEFAULT nextval('public.trials_trial_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
v0.9.0.a
\.


--
-- Data for Name: studies; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.studies (study_id, study_name, direction) FROM stdin;
\.


--
-- Data for Name: study_system_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.study_system_attributes (study_system_attribute_id, study_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: study_user_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.study_user_attributes (study_user_attribute_id, study_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: trial_params; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_params (param_id, trial_id, param_name, param_value, distribution_json) FROM stdin;
\.


--
-- Data for Name: trial_system_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_system_attributes (trial_system_attribute_id, trial_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: trial_user_attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_user_attributes (trial_user_attribute_id, trial_id, key, value_json) FROM stdin;
\.


--
-- Data for Name: trial_values; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trial_values (trial_value_id, trial_id, step, value) FROM stdin;
\.


--
-- Data for Name: trials; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trials (trial_id, study_id, state, value, datetime_start, datetime_complete) FROM stdin;
\.


--
-- Data for Name: version_info; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.version_info (version_info_id, schema_version, library_version) FROM stdin;
\.


--
-- Name: studies_study_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.studies_study_id_seq', 1, false);


--
-- Name: study_system_attributes_study_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.study_system_attributes_study_system_attribute_id_seq', 1, false);


--
-- Name: study_user_attributes_study_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.study_user_attributes_study_user_attribute_id_seq', 1, false);


--
-- Name: trial_params_param_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_params_param_id_seq', 1, false);


--
-- Name: trial_system_attributes_trial_system_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_system_attributes_trial_system_attribute_id_seq', 1, false);


--
-- Name: trial_user_attributes_trial_user_attribute_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_user_attributes_trial_user_attribute_id_seq', 1, false);


--
-- Name: trial_values_trial_value_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trial_values_trial_value_id_seq', 1, false);


--
-- Name: trials_trial_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trials_trial_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: studies studies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studies
    ADD CONSTRAINT studies_pkey PRIMARY KEY (study_id);


--
-- Name: study_system_attributes study_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_pkey PRIMARY KEY (study_system_attribute_id);


--
-- Name: study_system_attributes study_system_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: study_user_attributes study_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_pkey PRIMARY KEY (study_user_attribute_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_key_key UNIQUE (study_id, key);


--
-- Name: trial_params trial_params_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_pkey PRIMARY KEY (param_id);


--
-- Name: trial_params trial_params_trial_id_param_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_param_name_key UNIQUE (trial_id, param_name);


--
-- Name: trial_system_attributes trial_system_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_pkey PRIMARY KEY (trial_system_attribute_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_user_attributes trial_user_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_pkey PRIMARY KEY (trial_user_attribute_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_key_key UNIQUE (trial_id, key);


--
-- Name: trial_values trial_values_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_pkey PRIMARY KEY (trial_value_id);


--
-- Name: trial_values trial_values_trial_id_step_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_step_key UNIQUE (trial_id, step);


--
-- Name: trials trials_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_pkey PRIMARY KEY (trial_id);


--
-- Name: version_info version_info_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.version_info
    ADD CONSTRAINT version_info_pkey PRIMARY KEY (version_info_id);


--
-- Name: ix_studies_study_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_studies_study_name ON public.studies USING btree (study_name);


--
-- Name: study_system_attributes study_system_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_system_attributes
    ADD CONSTRAINT study_system_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: study_user_attributes study_user_attributes_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.study_user_attributes
    ADD CONSTRAINT study_user_attributes_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- Name: trial_params trial_params_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_params
    ADD CONSTRAINT trial_params_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_system_attributes trial_system_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_system_attributes
    ADD CONSTRAINT trial_system_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_user_attributes trial_user_attributes_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_user_attributes
    ADD CONSTRAINT trial_user_attributes_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trial_values trial_values_trial_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_values
    ADD CONSTRAINT trial_values_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES public.trials(trial_id);


--
-- Name: trials trials_study_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trials
    ADD CONSTRAINT trials_study_id_fkey FOREIGN KEY (study_id) REFERENCES public.studies(study_id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

