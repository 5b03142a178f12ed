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
-- Name: attach_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.attach_type AS ENUM (
    'PCI',
    'MDEV'
);


ALTER TYPE public.attach_type OWNER TO postgres;

--
-- Name: cpid_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.cpid_type AS ENUM (
    'PCI'
);


ALTER TYPE public.cpid_type OWNER TO postgres;

--
-- Name: device_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.device_type AS ENUM (
    'GPU',
    'FPGA'
);


ALTER TYPE public.device_type OWNER TO postgres;

--
-- Name: state; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.state AS ENUM (
    'Initial',
    'Bound',
    'BindFailed'
);


ALTER TYPE public.state OWNER TO postgres;

--
-- Name: substate; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.substate AS ENUM (
    'Initial'
);


ALTER TYPE public.substate OWNER TO postgres;

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
-- Name: attach_handles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.attach_handles (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    deployable_id integer NOT NULL,
    cpid_id integer NOT NULL,
    in_use boolean,
    attach_type public.attach_type NOT NULL,
    attach_info character varying(255) NOT NULL
);


ALTER TABLE public.attach_handles OWNER TO postgres;

--
-- Name: attach_handles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.attach_handles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.attach_handles_id_seq OWNER TO postgres;

--
-- Name: attach_handles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.attach_handles_id_seq OWNED BY public.attach_handles.id;


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
-- Name: controlpath_ids; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.controlpath_ids (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    device_id integer NOT NULL,
    cpid_type public.cpid_type NOT NULL,
    cpid_info character varying(255) NOT NULL
);


ALTER TABLE public.controlpath_ids OWNER TO postgres;

--
-- Name: controlpath_ids_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.controlpath_ids_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.controlpath_ids_id_seq OWNER TO postgres;

--
-- Name: controlpath_ids_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.controlpath_ids_id_seq OWNED BY public.controlpath_ids.id;


--
-- Name: deployables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.deployables (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    parent_id integer,
    root_id integer,
    name character varying(255) NOT NULL,
    num_accelerators integer NOT NULL,
    device_id integer NOT NULL,
    rp_uuid character varying(36),
    driver_name character varying(100),
    bitstream_id character varying(36)
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
-- Name: device_profiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.device_profiles (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    profile_json text NOT NULL,
    description text
);


ALTER TABLE public.device_profiles OWNER TO postgres;

--
-- Name: device_profiles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.device_profiles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.device_profiles_id_seq OWNER TO postgres;

--
-- Name: device_profiles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.device_profiles_id_seq OWNED BY public.device_profiles.id;


--
-- Name: devices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.devices (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    type public.device_type NOT NULL,
    vendor character varying(255) NOT NULL,
    model character varying(255) NOT NULL,
    std_board_info text,
    vendor_board_info text,
    hostname character varying(255) NOT NULL
);


ALTER TABLE public.devices OWNER TO postgres;

--
-- Name: devices_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.devices_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.devices_id_seq OWNER TO postgres;

--
-- Name: devices_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.devices_id_seq OWNED BY public.devices.id;


--
-- Name: extended_accelerator_requests; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.extended_accelerator_requests (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    project_id character varying(255),
    state public.state NOT NULL,
    device_profile_id integer NOT NULL,
    hostname character varying(255),
    device_rp_uuid character varying(36),
    attach_handle_id integer,
    substate public.substate NOT NULL,
    deployable_id integer,
    device_profile_group_id integer NOT NULL,
    instance_uuid character varying(36)
);


ALTER TABLE public.extended_accelerator_requests OWNER TO postgres;

--
-- Name: extended_accelerator_requests_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.extended_accelerator_requests_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.extended_accelerator_requests_id_seq OWNER TO postgres;

--
-- Name: extended_accelerator_requests_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.extended_accelerator_requests_id_seq OWNED BY public.extended_accelerator_requests.id;


--
-- Name: quota_usages; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.quota_usages (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    project_id character varying(255),
    user_id character varying(255),
    resource character varying(255) NOT NULL,
    in_use integer NOT NULL,
    reserved integer NOT NULL,
    until_refresh integer
);


ALTER TABLE public.quota_usages OWNER TO postgres;

--
-- Name: quota_usages_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.quota_usages_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.quota_usages_id_seq OWNER TO postgres;

--
-- Name: quota_usages_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.quota_usages_id_seq OWNED BY public.quota_usages.id;


--
-- Name: reservations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reservations (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    usage_id integer NOT NULL,
    project_id character varying(255),
    user_id character varying(255),
    resource character varying(255),
    delta integer NOT NULL,
    expire timestamp without time zone
);


ALTER TABLE public.reservations OWNER TO postgres;

--
-- Name: reservations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.reservations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.reservations_id_seq OWNER TO postgres;

--
-- Name: reservations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.reservations_id_seq OWNED BY public.reservations.id;


--
-- Name: attach_handles id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attach_handles ALTER COLUMN id SET DEFAULT nextval('public.attach_handles_id_seq'::regclass);


--
-- Name: attributes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes ALTER COLUMN id SET DEFAULT nextval('public.attributes_id_seq'::regclass);


--
-- Name: controlpath_ids id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.controlpath_ids ALTER COLUMN id SET DEFAULT nextval('public.controlpath_ids_id_seq'::regclass);


--
-- Name: deployables id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables ALTER COLUMN id SET DEFAULT nextval('public.deployables_id_seq'::regclass);


--
-- Name: device_profiles id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.device_profiles ALTER COLUMN id SET DEFAULT nextval('public.device_profiles_id_seq'::regclass);


--
-- Name: devices id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devices ALTER COLUMN id SET DEFAULT nextval('public.devices_id_seq'::regclass);


--
-- Name: extended_accelerator_requests id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests ALTER COLUMN id SET DEFAULT nextval('public.extended_accelerator_requests_id_seq'::regclass);


--
-- Name: quota_usages id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quota_usages ALTER COLUMN id SET DEFAULT nextval('public.quota_usages_id_seq'::regclass);


--
-- Name: reservations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations ALTER COLUMN id SET DEFAULT nextval('public.reservations_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
60d8ac91fd20
\.


--
-- Data for Name: attach_handles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.attach_handles (created_at, updated_at, id, uuid, deployable_id, cpid_id, in_use, attach_type, attach_info) FROM stdin;
\.


--
-- Data for Name: attributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.attributes (created_at, updated_at, id, uuid, deployable_id, key, value) FROM stdin;
\.


--
-- Data for Name: controlpath_ids; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.controlpath_ids (created_at, updated_at, id, uuid, device_id, cpid_type, cpid_info) FROM stdin;
\.


--
-- Data for Name: deployables; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.deployables (created_at, updated_at, id, uuid, parent_id, root_id, name, num_accelerators, device_id, rp_uuid, driver_name, bitstream_id) FROM stdin;
\.


--
-- Data for Name: device_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.device_profiles (created_at, updated_at, id, uuid, name, profile_json, description) FROM stdin;
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.devices (created_at, updated_at, id, uuid, type, vendor, model, std_board_info, vendor_board_info, hostname) FROM stdin;
\.


--
-- Data for Name: extended_accelerator_requests; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.extended_accelerator_requests (created_at, updated_at, id, uuid, project_id, state, device_profile_id, hostname, device_rp_uuid, attach_handle_id, substate, deployable_id, device_profile_group_id, instance_uuid) FROM stdin;
\.


--
-- Data for Name: quota_usages; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.quota_usages (created_at, updated_at, id, project_id, user_id, resource, in_use, reserved, until_refresh) FROM stdin;
\.


--
-- Data for Name: reservations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.reservations (created_at, updated_at, id, uuid, usage_id, project_id, user_id, resource, delta, expire) FROM stdin;
\.


--
-- Name: attach_handles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.attach_handles_id_seq', 1, false);


--
-- Name: attributes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.attributes_id_seq', 1, false);


--
-- Name: controlpath_ids_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.controlpath_ids_id_seq', 1, false);


--
-- Name: deployables_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.deployables_id_seq', 1, false);


--
-- Name: device_profiles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.device_profiles_id_seq', 1, false);


--
-- Name: devices_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.devices_id_seq', 1, false);


--
-- Name: extended_accelerator_requests_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.extended_accelerator_requests_id_seq', 1, false);


--
-- Name: quota_usages_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.quota_usages_id_seq', 1, false);


--
-- Name: reservations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.reservations_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: attach_handles attach_handles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attach_handles
    ADD CONSTRAINT attach_handles_pkey PRIMARY KEY (id);


--
-- Name: attach_handles attach_handles_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attach_handles
    ADD CONSTRAINT attach_handles_uuid_key UNIQUE (uuid);


--
-- Name: attributes attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_pkey PRIMARY KEY (id);


--
-- Name: attributes attributes_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_uuid_key UNIQUE (uuid);


--
-- Name: controlpath_ids controlpath_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.controlpath_ids
    ADD CONSTRAINT controlpath_ids_pkey PRIMARY KEY (id);


--
-- Name: controlpath_ids controlpath_ids_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.controlpath_ids
    ADD CONSTRAINT controlpath_ids_uuid_key UNIQUE (uuid);


--
-- Name: deployables deployables_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_pkey PRIMARY KEY (id);


--
-- Name: deployables deployables_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_uuid_key UNIQUE (uuid);


--
-- Name: device_profiles device_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.device_profiles
    ADD CONSTRAINT device_profiles_pkey PRIMARY KEY (id);


--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (id);


--
-- Name: devices devices_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_uuid_key UNIQUE (uuid);


--
-- Name: extended_accelerator_requests extended_accelerator_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests
    ADD CONSTRAINT extended_accelerator_requests_pkey PRIMARY KEY (id);


--
-- Name: extended_accelerator_requests extended_accelerator_requests_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests
    ADD CONSTRAINT extended_accelerator_requests_uuid_key UNIQUE (uuid);


--
-- Name: quota_usages quota_usages_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quota_usages
    ADD CONSTRAINT quota_usages_pkey PRIMARY KEY (id);


--
-- Name: reservations reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_pkey PRIMARY KEY (id);


--
-- Name: device_profiles uniq_device_profiles0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.device_profiles
    ADD CONSTRAINT uniq_device_profiles0name UNIQUE (name);


--
-- Name: device_profiles uniq_device_profiles0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.device_profiles
    ADD CONSTRAINT uniq_device_profiles0uuid UNIQUE (uuid);


--
-- Name: attach_handles_cpid_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attach_handles_cpid_id_idx ON public.attach_handles USING btree (cpid_id);


--
-- Name: attach_handles_deployable_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attach_handles_deployable_id_idx ON public.attach_handles USING btree (deployable_id);


--
-- Name: deployables_device_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deployables_device_id_idx ON public.deployables USING btree (device_id);


--
-- Name: deployables_parent_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deployables_parent_id_idx ON public.deployables USING btree (parent_id);


--
-- Name: deployables_root_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deployables_root_id_idx ON public.deployables USING btree (root_id);


--
-- Name: extArqs_attach_handle_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_attach_handle_id_idx" ON public.extended_accelerator_requests USING btree (attach_handle_id);


--
-- Name: extArqs_deployable_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_deployable_id_idx" ON public.extended_accelerator_requests USING btree (deployable_id);


--
-- Name: extArqs_device_profile_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_device_profile_id_idx" ON public.extended_accelerator_requests USING btree (device_profile_id);


--
-- Name: extArqs_device_rp_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_device_rp_uuid_idx" ON public.extended_accelerator_requests USING btree (device_rp_uuid);


--
-- Name: extArqs_instance_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_instance_uuid_idx" ON public.extended_accelerator_requests USING btree (instance_uuid);


--
-- Name: extArqs_project_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX "extArqs_project_id_idx" ON public.extended_accelerator_requests USING btree (project_id);


--
-- Name: ix_attributes_deployable_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_attributes_deployable_id ON public.attributes USING btree (deployable_id);


--
-- Name: ix_controlpath_ids_device_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_controlpath_ids_device_id ON public.controlpath_ids USING btree (device_id);


--
-- Name: ix_quota_usages_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_quota_usages_project_id ON public.quota_usages USING btree (project_id);


--
-- Name: ix_quota_usages_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_quota_usages_user_id ON public.quota_usages USING btree (user_id);


--
-- Name: ix_reservations_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_reservations_project_id ON public.reservations USING btree (project_id);


--
-- Name: ix_reservations_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_reservations_user_id ON public.reservations USING btree (user_id);


--
-- Name: reservations_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX reservations_uuid_idx ON public.reservations USING btree (uuid);


--
-- Name: attach_handles attach_handles_cpid_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attach_handles
    ADD CONSTRAINT attach_handles_cpid_id_fkey FOREIGN KEY (cpid_id) REFERENCES public.controlpath_ids(id) ON DELETE RESTRICT;


--
-- Name: attach_handles attach_handles_deployable_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attach_handles
    ADD CONSTRAINT attach_handles_deployable_id_fkey FOREIGN KEY (deployable_id) REFERENCES public.deployables(id) ON DELETE RESTRICT;


--
-- Name: attributes attributes_deployable_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_deployable_id_fkey FOREIGN KEY (deployable_id) REFERENCES public.deployables(id) ON DELETE RESTRICT;


--
-- Name: controlpath_ids controlpath_ids_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.controlpath_ids
    ADD CONSTRAINT controlpath_ids_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices(id) ON DELETE RESTRICT;


--
-- Name: deployables deployables_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices(id) ON DELETE RESTRICT;


--
-- Name: deployables deployables_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.deployables(id) ON DELETE CASCADE;


--
-- Name: deployables deployables_root_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deployables
    ADD CONSTRAINT deployables_root_id_fkey FOREIGN KEY (root_id) REFERENCES public.deployables(id) ON DELETE CASCADE;


--
-- Name: extended_accelerator_requests extended_accelerator_requests_attach_handle_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests
    ADD CONSTRAINT extended_accelerator_requests_attach_handle_id_fkey FOREIGN KEY (attach_handle_id) REFERENCES public.attach_handles(id) ON DELETE RESTRICT;


--
-- Name: extended_accelerator_requests extended_accelerator_requests_deployable_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests
    ADD CONSTRAINT extended_accelerator_requests_deployable_id_fkey FOREIGN KEY (deployable_id) REFERENCES public.deployables(id) ON DELETE RESTRICT;


--
-- Name: extended_accelerator_requests extended_accelerator_requests_device_profile_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.extended_accelerator_requests
    ADD CONSTRAINT extended_accelerator_requests_device_profile_id_fkey FOREIGN KEY (device_profile_id) REFERENCES public.device_profiles(id) ON DELETE RESTRICT;


--
-- Name: reservations reservations_usage_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_usage_id_fkey FOREIGN KEY (usage_id) REFERENCES public.quota_usages(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

