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
-- Name: cloudkitty_storage_states; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cloudkitty_storage_states (
    id integer NOT NULL,
    identifier character varying(40) NOT NULL,
    state timestamp without time zone NOT NULL,
    scope_key character varying(40),
    collector character varying(40),
    fetcher character varying(40)
);


ALTER TABLE public.cloudkitty_storage_states OWNER TO postgres;

--
-- Name: cloudkitty_storage_states_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.cloudkitty_storage_states_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.cloudkitty_storage_states_id_seq OWNER TO postgres;

--
-- Name: cloudkitty_storage_states_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.cloudkitty_storage_states_id_seq OWNED BY public.cloudkitty_storage_states.id;


--
-- Name: rated_data_frames; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rated_data_frames (
    id integer NOT NULL,
    begin timestamp without time zone NOT NULL,
    "end" timestamp without time zone NOT NULL,
    unit character varying(255) NOT NULL,
    qty numeric NOT NULL,
    res_type character varying(255) NOT NULL,
    rate double precision NOT NULL,
    "desc" text NOT NULL
);


ALTER TABLE public.rated_data_frames OWNER TO postgres;

--
-- Name: rated_data_frames_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.rated_data_frames_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.rated_data_frames_id_seq OWNER TO postgres;

--
-- Name: rated_data_frames_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.rated_data_frames_id_seq OWNED BY public.rated_data_frames.id;


--
-- Name: cloudkitty_storage_states id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cloudkitty_storage_states ALTER COLUMN id SET DEFAULT nextval('public.cloudkitty_storage_states_id_seq'::regclass);


--
-- Name: rated_data_frames id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rated_data_frames ALTER COLUMN id SET DEFAULT nextval('public.rated_data_frames_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
d9d103dd4dcf
17fd1b237aa3
\.


--
-- Data for Name: cloudkitty_storage_states; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cloudkitty_storage_states (id, identifier, state, scope_key, collector, fetcher) FROM stdin;
\.


--
-- Data for Name: rated_data_frames; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.rated_data_frames (id, begin, "end", unit, qty, res_type, rate, "desc") FROM stdin;
\.


--
-- Name: cloudkitty_storage_states_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.cloudkitty_storage_states_id_seq', 1, false);


--
-- Name: rated_data_frames_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.rated_data_frames_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: cloudkitty_storage_states cloudkitty_storage_states_identifier_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cloudkitty_storage_states
    ADD CONSTRAINT cloudkitty_storage_states_identifier_key UNIQUE (identifier);


--
-- Name: cloudkitty_storage_states cloudkitty_storage_states_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cloudkitty_storage_states
    ADD CONSTRAINT cloudkitty_storage_states_pkey PRIMARY KEY (id);


--
-- Name: rated_data_frames rated_data_frames_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rated_data_frames
    ADD CONSTRAINT rated_data_frames_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

