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
-- Name: enum_map_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_map_type AS ENUM (
    'flat',
    'rate'
);


ALTER TYPE public.enum_map_type OWNER TO postgres;

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
-- Name: hashmap_fields; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashmap_fields (
    id integer NOT NULL,
    field_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    service_id integer NOT NULL
);


ALTER TABLE public.hashmap_fields OWNER TO postgres;

--
-- Name: hashmap_fields_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hashmap_fields_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.hashmap_fields_id_seq OWNER TO postgres;

--
-- Name: hashmap_fields_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hashmap_fields_id_seq OWNED BY public.hashmap_fields.id;


--
-- Name: hashmap_groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashmap_groups (
    id integer NOT NULL,
    group_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL
);


ALTER TABLE public.hashmap_groups OWNER TO postgres;

--
-- Name: hashmap_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hashmap_groups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.hashmap_groups_id_seq OWNER TO postgres;

--
-- Name: hashmap_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hashmap_groups_id_seq OWNED BY public.hashmap_groups.id;


--
-- Name: hashmap_maps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashmap_maps (
    id integer NOT NULL,
    mapping_id character varying(36) NOT NULL,
    value character varying(255),
    cost numeric(20,8) NOT NULL,
    map_type public.enum_map_type NOT NULL,
    service_id integer,
    field_id integer,
    group_id integer
);


ALTER TABLE public.hashmap_maps OWNER TO postgres;

--
-- Name: hashmap_maps_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hashmap_maps_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.hashmap_maps_id_seq OWNER TO postgres;

--
-- Name: hashmap_maps_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hashmap_maps_id_seq OWNED BY public.hashmap_maps.id;


--
-- Name: hashmap_services; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hashmap_services (
    id integer NOT NULL,
    service_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL
);


ALTER TABLE public.hashmap_services OWNER TO postgres;

--
-- Name: hashmap_services_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.hashmap_services_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.hashmap_services_id_seq OWNER TO postgres;

--
-- Name: hashmap_services_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.hashmap_services_id_seq OWNED BY public.hashmap_services.id;


--
-- Name: modules_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.modules_state (
    name character varying(255) NOT NULL,
    state boolean NOT NULL,
    priority integer
);


ALTER TABLE public.modules_state OWNER TO postgres;

--
-- Name: pyscripts_scripts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pyscripts_scripts (
    id integer NOT NULL,
    script_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    data bytea NOT NULL,
    checksum character varying(128) NOT NULL
);


ALTER TABLE public.pyscripts_scripts OWNER TO postgres;

--
-- Name: pyscripts_scripts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pyscripts_scripts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pyscripts_scripts_id_seq OWNER TO postgres;

--
-- Name: pyscripts_scripts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pyscripts_scripts_id_seq OWNED BY public.pyscripts_scripts.id;


--
-- Name: rated_data_frames; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rated_data_frames (
    id integer NOT NULL,
    begin timestamp without time zone NOT NULL,
    "end" timestamp without time zone NOT NULL,
    unit character varying(255) NOT NULL,
    qty numeric(15,5) NOT NULL,
    res_type character varying(255) NOT NULL,
    rate double precision NOT NULL,
    "desc" text NOT NULL,
    tenant_id character varying(32)
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
-- Name: service_to_collector_mappings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_to_collector_mappings (
    service character varying(255) NOT NULL,
    collector character varying(255) NOT NULL
);


ALTER TABLE public.service_to_collector_mappings OWNER TO postgres;

--
-- Name: states; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.states (
    name character varying(255) NOT NULL,
    state bigint NOT NULL,
    s_metadata text
);


ALTER TABLE public.states OWNER TO postgres;

--
-- Name: cloudkitty_storage_states id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cloudkitty_storage_states ALTER COLUMN id SET DEFAULT nextval('public.cloudkitty_storage_states_id_seq'::regclass);


--
-- Name: hashmap_fields id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields ALTER COLUMN id SET DEFAULT nextval('public.hashmap_fields_id_seq'::regclass);


--
-- Name: hashmap_groups id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_groups ALTER COLUMN id SET DEFAULT nextval('public.hashmap_groups_id_seq'::regclass);


--
-- Name: hashmap_maps id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps ALTER COLUMN id SET DEFAULT nextval('public.hashmap_maps_id_seq'::regclass);


--
-- Name: hashmap_services id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_services ALTER COLUMN id SET DEFAULT nextval('public.hashmap_services_id_seq'::regclass);


--
-- Name: pyscripts_scripts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pyscripts_scripts ALTER COLUMN id SET DEFAULT nextval('public.pyscripts_scripts_id_seq'::regclass);


--
-- Name: rated_data_frames id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rated_data_frames ALTER COLUMN id SET DEFAULT nextval('public.rated_data_frames_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
d9d103dd4dcf
d875621d0384
75c205f6f1a2
3dd7e13527f3
385e33fef139
\.


--
-- Data for Name: cloudkitty_storage_states; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cloudkitty_storage_states (id, identifier, state, scope_key, collector, fetcher) FROM stdin;
\.


--
-- Data for Name: hashmap_fields; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hashmap_fields (id, field_id, name, service_id) FROM stdin;
\.


--
-- Data for Name: hashmap_groups; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hashmap_groups (id, group_id, name) FROM stdin;
\.


--
-- Data for Name: hashmap_maps; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hashmap_maps (id, mapping_id, value, cost, map_type, service_id, field_id, group_id) FROM stdin;
\.


--
-- Data for Name: hashmap_services; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hashmap_services (id, service_id, name) FROM stdin;
\.


--
-- Data for Name: modules_state; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.modules_state (name, state, priority) FROM stdin;
\.


--
-- Data for Name: pyscripts_scripts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pyscripts_scripts (id, script_id, name, data, checksum) FROM stdin;
\.


--
-- Data for Name: rated_data_frames; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.rated_data_frames (id, begin, "end", unit, qty, res_type, rate, "desc", tenant_id) FROM stdin;
\.


--
-- Data for Name: service_to_collector_mappings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.service_to_collector_mappings (service, collector) FROM stdin;
\.


--
-- Data for Name: states; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.states (name, state, s_metadata) FROM stdin;
\.


--
-- Name: cloudkitty_storage_states_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.cloudkitty_storage_states_id_seq', 1, false);


--
-- Name: hashmap_fields_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hashmap_fields_id_seq', 1, false);


--
-- Name: hashmap_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hashmap_groups_id_seq', 1, false);


--
-- Name: hashmap_maps_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hashmap_maps_id_seq', 1, false);


--
-- Name: hashmap_services_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.hashmap_services_id_seq', 1, false);


--
-- Name: pyscripts_scripts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pyscripts_scripts_id_seq', 1, false);


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
-- Name: hashmap_fields hashmap_fields_field_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields
    ADD CONSTRAINT hashmap_fields_field_id_key UNIQUE (field_id);


--
-- Name: hashmap_fields hashmap_fields_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields
    ADD CONSTRAINT hashmap_fields_pkey PRIMARY KEY (id);


--
-- Name: hashmap_groups hashmap_groups_group_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_groups
    ADD CONSTRAINT hashmap_groups_group_id_key UNIQUE (group_id);


--
-- Name: hashmap_groups hashmap_groups_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_groups
    ADD CONSTRAINT hashmap_groups_name_key UNIQUE (name);


--
-- Name: hashmap_groups hashmap_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_groups
    ADD CONSTRAINT hashmap_groups_pkey PRIMARY KEY (id);


--
-- Name: hashmap_maps hashmap_maps_mapping_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT hashmap_maps_mapping_id_key UNIQUE (mapping_id);


--
-- Name: hashmap_maps hashmap_maps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT hashmap_maps_pkey PRIMARY KEY (id);


--
-- Name: hashmap_services hashmap_services_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_services
    ADD CONSTRAINT hashmap_services_name_key UNIQUE (name);


--
-- Name: hashmap_services hashmap_services_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_services
    ADD CONSTRAINT hashmap_services_pkey PRIMARY KEY (id);


--
-- Name: hashmap_services hashmap_services_service_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_services
    ADD CONSTRAINT hashmap_services_service_id_key UNIQUE (service_id);


--
-- Name: modules_state modules_state_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.modules_state
    ADD CONSTRAINT modules_state_pkey PRIMARY KEY (name);


--
-- Name: pyscripts_scripts pyscripts_scripts_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pyscripts_scripts
    ADD CONSTRAINT pyscripts_scripts_name_key UNIQUE (name);


--
-- Name: pyscripts_scripts pyscripts_scripts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pyscripts_scripts
    ADD CONSTRAINT pyscripts_scripts_pkey PRIMARY KEY (id);


--
-- Name: pyscripts_scripts pyscripts_scripts_script_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pyscripts_scripts
    ADD CONSTRAINT pyscripts_scripts_script_id_key UNIQUE (script_id);


--
-- Name: rated_data_frames rated_data_frames_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rated_data_frames
    ADD CONSTRAINT rated_data_frames_pkey PRIMARY KEY (id);


--
-- Name: service_to_collector_mappings service_to_collector_mappings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_to_collector_mappings
    ADD CONSTRAINT service_to_collector_mappings_pkey PRIMARY KEY (service);


--
-- Name: states states_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.states
    ADD CONSTRAINT states_pkey PRIMARY KEY (name);


--
-- Name: hashmap_fields uniq_field; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields
    ADD CONSTRAINT uniq_field UNIQUE (field_id, name);


--
-- Name: hashmap_maps uniq_field_mapping; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT uniq_field_mapping UNIQUE (value, field_id);


--
-- Name: hashmap_fields uniq_map_service_field; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields
    ADD CONSTRAINT uniq_map_service_field UNIQUE (service_id, name);


--
-- Name: hashmap_maps uniq_service_mapping; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT uniq_service_mapping UNIQUE (value, service_id);


--
-- Name: idx_rated_data_frames_date; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_rated_data_frames_date ON public.rated_data_frames USING btree (begin, "end");


--
-- Name: idx_tenantid_begin_end; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_tenantid_begin_end ON public.rated_data_frames USING btree (tenant_id, begin, "end");


--
-- Name: hashmap_fields hashmap_fields_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_fields
    ADD CONSTRAINT hashmap_fields_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.hashmap_services(id) ON DELETE CASCADE;


--
-- Name: hashmap_maps hashmap_maps_field_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT hashmap_maps_field_id_fkey FOREIGN KEY (field_id) REFERENCES public.hashmap_fields(id) ON DELETE CASCADE;


--
-- Name: hashmap_maps hashmap_maps_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT hashmap_maps_group_id_fkey FOREIGN KEY (group_id) REFERENCES public.hashmap_groups(id) ON DELETE SET NULL;


--
-- Name: hashmap_maps hashmap_maps_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hashmap_maps
    ADD CONSTRAINT hashmap_maps_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.hashmap_services(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

