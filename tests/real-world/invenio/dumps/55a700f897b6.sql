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
-- Name: affiliation_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.affiliation_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL
);


ALTER TABLE public.affiliation_metadata OWNER TO postgres;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: award_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.award_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL,
    pid character varying(255)
);


ALTER TABLE public.award_metadata OWNER TO postgres;

--
-- Name: funder_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.funder_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL,
    pid character varying(255)
);


ALTER TABLE public.funder_metadata OWNER TO postgres;

--
-- Name: name_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.name_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL
);


ALTER TABLE public.name_metadata OWNER TO postgres;

--
-- Name: pidstore_pid; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pidstore_pid (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id integer NOT NULL,
    pid_type character varying(6) NOT NULL,
    pid_value character varying(255) NOT NULL,
    pid_provider character varying(8),
    status character(1) NOT NULL,
    object_type character varying(3),
    object_uuid uuid
);


ALTER TABLE public.pidstore_pid OWNER TO postgres;

--
-- Name: pidstore_pid_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pidstore_pid_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pidstore_pid_id_seq OWNER TO postgres;

--
-- Name: pidstore_pid_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pidstore_pid_id_seq OWNED BY public.pidstore_pid.id;


--
-- Name: pidstore_recid; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pidstore_recid (
    recid bigint NOT NULL
);


ALTER TABLE public.pidstore_recid OWNER TO postgres;

--
-- Name: pidstore_recid_recid_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pidstore_recid_recid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pidstore_recid_recid_seq OWNER TO postgres;

--
-- Name: pidstore_recid_recid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pidstore_recid_recid_seq OWNED BY public.pidstore_recid.recid;


--
-- Name: pidstore_redirect; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pidstore_redirect (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    pid_id integer NOT NULL
);


ALTER TABLE public.pidstore_redirect OWNER TO postgres;

--
-- Name: subject_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.subject_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL
);


ALTER TABLE public.subject_metadata OWNER TO postgres;

--
-- Name: transaction; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.transaction (
    id bigint NOT NULL,
    remote_addr character varying(50),
    issued_at timestamp without time zone
);


ALTER TABLE public.transaction OWNER TO postgres;

--
-- Name: transaction_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.transaction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.transaction_id_seq OWNER TO postgres;

--
-- Name: vocabularies_metadata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vocabularies_metadata (
    created timestamp without time zone NOT NULL,
    updated timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    "json" jsonb,
    version_id integer NOT NULL
);


ALTER TABLE public.vocabularies_metadata OWNER TO postgres;

--
-- Name: vocabularies_schemes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vocabularies_schemes (
    id character varying(255) NOT NULL,
    parent_id character varying(255) NOT NULL,
    name character varying(255),
    uri character varying(255)
);


ALTER TABLE public.vocabularies_schemes OWNER TO postgres;

--
-- Name: vocabularies_types; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vocabularies_types (
    id character varying(255) NOT NULL,
    pid_type character varying(255)
);


ALTER TABLE public.vocabularies_types OWNER TO postgres;

--
-- Name: pidstore_pid id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_pid ALTER COLUMN id SET DEFAULT nextval('public.pidstore_pid_id_seq'::regclass);


--
-- Name: pidstore_recid recid; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_recid ALTER COLUMN recid SET DEFAULT nextval('public.pidstore_recid_recid_seq'::regclass);


--
-- Data for Name: affiliation_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.affiliation_metadata (created, updated, id, "json", version_id) FROM stdin;
2022-03-01 10:00:00	2022-03-01 10:00:00	d3c4b2e1-2222-4222-8222-000000000001	{"name": "CERN"}	1
2022-03-01 10:00:00	2022-03-01 10:00:00	d3c4b2e1-2222-4222-8222-000000000002	{"name": "Unlisted"}	1
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
999c62899c20
e1146238edd3
\.


--
-- Data for Name: award_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.award_metadata (created, updated, id, "json", version_id, pid) FROM stdin;
\.


--
-- Data for Name: funder_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.funder_metadata (created, updated, id, "json", version_id, pid) FROM stdin;
\.


--
-- Data for Name: name_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.name_metadata (created, updated, id, "json", version_id) FROM stdin;
2022-03-01 10:00:00	2022-03-01 10:00:00	c2b3a1d0-1111-4111-8111-000000000001	{"name": "Doe, Jane"}	1
2022-03-01 10:00:00	2022-03-01 10:00:00	c2b3a1d0-1111-4111-8111-000000000002	{"name": "Smith, John"}	1
2022-03-01 10:00:00	2022-03-01 10:00:00	c2b3a1d0-1111-4111-8111-000000000003	{"name": "No PID, Anonymous"}	2
\.


--
-- Data for Name: pidstore_pid; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pidstore_pid (created, updated, id, pid_type, pid_value, pid_provider, status, object_type, object_uuid) FROM stdin;
2022-03-01 10:00:00	2022-03-01 10:00:00	1	names	0000-0001-8135-3489	orcid	R	rec	c2b3a1d0-1111-4111-8111-000000000001
2022-03-01 10:00:00	2022-03-01 10:00:00	2	names	0000-0002-1825-0097	orcid	R	rec	c2b3a1d0-1111-4111-8111-000000000002
2022-03-01 10:00:00	2022-03-01 10:00:00	3	aff	01ggx4157	ror	R	rec	d3c4b2e1-2222-4222-8222-000000000001
2022-03-01 10:00:00	2022-03-01 10:00:00	4	recid	abcd-1234	recidv2	R	rec	c2b3a1d0-1111-4111-8111-000000000003
\.


--
-- Data for Name: pidstore_recid; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pidstore_recid (recid) FROM stdin;
\.


--
-- Data for Name: pidstore_redirect; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pidstore_redirect (created, updated, id, pid_id) FROM stdin;
\.


--
-- Data for Name: subject_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.subject_metadata (created, updated, id, "json", version_id) FROM stdin;
\.


--
-- Data for Name: transaction; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.transaction (id, remote_addr, issued_at) FROM stdin;
\.


--
-- Data for Name: vocabularies_metadata; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.vocabularies_metadata (created, updated, id, "json", version_id) FROM stdin;
\.


--
-- Data for Name: vocabularies_schemes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.vocabularies_schemes (id, parent_id, name, uri) FROM stdin;
\.


--
-- Data for Name: vocabularies_types; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.vocabularies_types (id, pid_type) FROM stdin;
\.


--
-- Name: pidstore_pid_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pidstore_pid_id_seq', 4, true);


--
-- Name: pidstore_recid_recid_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pidstore_recid_recid_seq', 1, false);


--
-- Name: transaction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.transaction_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: pidstore_pid pidstore_pid_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_pid
    ADD CONSTRAINT pidstore_pid_pkey PRIMARY KEY (id);


--
-- Name: pidstore_recid pidstore_recid_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_recid
    ADD CONSTRAINT pidstore_recid_pkey PRIMARY KEY (recid);


--
-- Name: pidstore_redirect pidstore_redirect_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_redirect
    ADD CONSTRAINT pidstore_redirect_pkey PRIMARY KEY (id);


--
-- Name: affiliation_metadata pk_affiliation_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.affiliation_metadata
    ADD CONSTRAINT pk_affiliation_metadata PRIMARY KEY (id);


--
-- Name: award_metadata pk_award_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.award_metadata
    ADD CONSTRAINT pk_award_metadata PRIMARY KEY (id);


--
-- Name: funder_metadata pk_funder_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.funder_metadata
    ADD CONSTRAINT pk_funder_metadata PRIMARY KEY (id);


--
-- Name: name_metadata pk_name_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.name_metadata
    ADD CONSTRAINT pk_name_metadata PRIMARY KEY (id);


--
-- Name: subject_metadata pk_subject_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subject_metadata
    ADD CONSTRAINT pk_subject_metadata PRIMARY KEY (id);


--
-- Name: transaction pk_transaction; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transaction
    ADD CONSTRAINT pk_transaction PRIMARY KEY (id);


--
-- Name: vocabularies_metadata pk_vocabularies_metadata; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vocabularies_metadata
    ADD CONSTRAINT pk_vocabularies_metadata PRIMARY KEY (id);


--
-- Name: vocabularies_schemes pk_vocabularies_schemes; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vocabularies_schemes
    ADD CONSTRAINT pk_vocabularies_schemes PRIMARY KEY (id, parent_id);


--
-- Name: vocabularies_types pk_vocabularies_types; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vocabularies_types
    ADD CONSTRAINT pk_vocabularies_types PRIMARY KEY (id);


--
-- Name: award_metadata uq_award_metadata_pid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.award_metadata
    ADD CONSTRAINT uq_award_metadata_pid UNIQUE (pid);


--
-- Name: funder_metadata uq_funder_metadata_pid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.funder_metadata
    ADD CONSTRAINT uq_funder_metadata_pid UNIQUE (pid);


--
-- Name: vocabularies_types uq_vocabularies_types_pid_type; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vocabularies_types
    ADD CONSTRAINT uq_vocabularies_types_pid_type UNIQUE (pid_type);


--
-- Name: idx_object; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_object ON public.pidstore_pid USING btree (object_type, object_uuid);


--
-- Name: idx_status; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_status ON public.pidstore_pid USING btree (status);


--
-- Name: uidx_type_pid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX uidx_type_pid ON public.pidstore_pid USING btree (pid_type, pid_value);


--
-- Name: pidstore_redirect pidstore_redirect_pid_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pidstore_redirect
    ADD CONSTRAINT pidstore_redirect_pid_id_fkey FOREIGN KEY (pid_id) REFERENCES public.pidstore_pid(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

