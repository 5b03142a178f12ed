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
-- Name: notification_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.notification_status AS ENUM (
    'new',
    'running',
    'error',
    'failed',
    'ignored',
    'finished'
);


ALTER TYPE public.notification_status OWNER TO postgres;

--
-- Name: recovery_methods; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.recovery_methods AS ENUM (
    'auto',
    'reserved_host',
    'auto_priority',
    'rh_priority'
);


ALTER TYPE public.recovery_methods OWNER TO postgres;

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
-- Name: failover_segments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.failover_segments (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    deleted integer,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    service_type character varying(255) NOT NULL,
    description text,
    recovery_method public.recovery_methods NOT NULL,
    enabled boolean
);


ALTER TABLE public.failover_segments OWNER TO postgres;

--
-- Name: failover_segments_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.failover_segments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.failover_segments_id_seq OWNER TO postgres;

--
-- Name: failover_segments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.failover_segments_id_seq OWNED BY public.failover_segments.id;


--
-- Name: hosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hosts (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    deleted integer,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    reserved boolean,
    type character varying(255) NOT NULL,
    control_attributes text NOT NULL,
    failover_segment_id character varying(36) NOT NULL,
    on_maintenance boolean
);


ALTER TABLE public.hosts OWNER TO postgres;

--
-- Name: hosts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hosts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.hosts_id_seq OWNER TO postgres;

--
-- Name: hosts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hosts_id_seq OWNED BY public.hosts.id;


--
-- Name: notifications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notifications (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    deleted_at timestamp without time zone,
    deleted integer,
    id integer NOT NULL,
    notification_uuid character varying(36) NOT NULL,
    generated_time timestamp without time zone NOT NULL,
    source_host_uuid character varying(36) NOT NULL,
    type character varying(36) NOT NULL,
    payload text,
    status public.notification_status NOT NULL
);


ALTER TABLE public.notifications OWNER TO postgres;

--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.notifications_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.notifications_id_seq OWNER TO postgres;

--
-- Name: notifications_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.notifications_id_seq OWNED BY public.notifications.id;


--
-- Name: failover_segments id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failover_segments ALTER COLUMN id SET DEFAULT nextval('public.failover_segments_id_seq'::regclass);


--
-- Name: hosts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts ALTER COLUMN id SET DEFAULT nextval('public.hosts_id_seq'::regclass);


--
-- Name: notifications id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications ALTER COLUMN id SET DEFAULT nextval('public.notifications_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
8f848eb45d03
\.


--
-- Data for Name: failover_segments; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.failover_segments (created_at, updated_at, deleted_at, deleted, id, uuid, name, service_type, description, recovery_method, enabled) FROM stdin;
\.


--
-- Data for Name: hosts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hosts (created_at, updated_at, deleted_at, deleted, id, uuid, name, reserved, type, control_attributes, failover_segment_id, on_maintenance) FROM stdin;
\.


--
-- Data for Name: notifications; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notifications (created_at, updated_at, deleted_at, deleted, id, notification_uuid, generated_time, source_host_uuid, type, payload, status) FROM stdin;
\.


--
-- Name: failover_segments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.failover_segments_id_seq', 1, false);


--
-- Name: hosts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hosts_id_seq', 1, false);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.notifications_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: failover_segments failover_segments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failover_segments
    ADD CONSTRAINT failover_segments_pkey PRIMARY KEY (id);


--
-- Name: hosts hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: hosts uniq_host0name0deleted; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT uniq_host0name0deleted UNIQUE (name, deleted);


--
-- Name: hosts uniq_host0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT uniq_host0uuid UNIQUE (uuid);


--
-- Name: notifications uniq_notification0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT uniq_notification0uuid UNIQUE (notification_uuid);


--
-- Name: failover_segments uniq_segment0name0deleted; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failover_segments
    ADD CONSTRAINT uniq_segment0name0deleted UNIQUE (name, deleted);


--
-- Name: failover_segments uniq_segments0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.failover_segments
    ADD CONSTRAINT uniq_segments0uuid UNIQUE (uuid);


--
-- Name: hosts_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_type_idx ON public.hosts USING btree (type);


--
-- Name: segments_service_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX segments_service_type_idx ON public.failover_segments USING btree (service_type);


--
-- Name: hosts hosts_failover_segment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_failover_segment_id_fkey FOREIGN KEY (failover_segment_id) REFERENCES public.failover_segments(uuid);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

