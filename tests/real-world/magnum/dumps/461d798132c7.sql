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
-- Name: docker_storage_driver; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.docker_storage_driver AS ENUM (
    'devicemapper',
    'overlay'
);


ALTER TYPE public.docker_storage_driver OWNER TO postgres;

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
-- Name: cluster; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cluster (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer CONSTRAINT bay_id_not_null NOT NULL,
    uuid character varying(36),
    name character varying(255),
    cluster_template_id character varying(255),
    node_count integer,
    api_address character varying(255),
    node_addresses text,
    stack_id character varying(255),
    project_id character varying(255),
    user_id character varying(255),
    status character varying(20),
    discovery_url character varying(255),
    status_reason text,
    master_count integer,
    master_addresses text,
    ca_cert_ref character varying(512),
    magnum_cert_ref character varying(512),
    create_timeout integer,
    trust_id character varying(255),
    trustee_username character varying(255),
    trustee_user_id character varying(255),
    trustee_password character varying(255),
    coe_version character varying(255),
    container_version character varying(255),
    keypair character varying(255),
    docker_volume_size integer,
    labels text,
    master_flavor_id character varying(255),
    flavor_id character varying(255),
    health_status character varying(20),
    health_status_reason text
);


ALTER TABLE public.cluster OWNER TO postgres;

--
-- Name: bay_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.bay_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.bay_id_seq OWNER TO postgres;

--
-- Name: bay_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.bay_id_seq OWNED BY public.cluster.id;


--
-- Name: cluster_template; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cluster_template (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer CONSTRAINT baymodel_id_not_null NOT NULL,
    uuid character varying(36),
    name character varying(255),
    flavor_id character varying(255),
    keypair_id character varying(255),
    image_id character varying(255),
    external_network_id character varying(255),
    dns_nameserver character varying(255),
    apiserver_port integer,
    project_id character varying(255),
    user_id character varying(255),
    docker_volume_size integer,
    fixed_network character varying(255),
    master_flavor_id character varying(255),
    cluster_distro character varying(255),
    coe character varying(255),
    http_proxy character varying(255),
    https_proxy character varying(255),
    no_proxy character varying(255),
    registry_enabled boolean,
    network_driver character varying(255),
    labels text,
    tls_disabled boolean,
    public boolean,
    server_type character varying(255) DEFAULT 'vm'::character varying,
    volume_driver character varying(255),
    insecure_registry character varying(255),
    docker_storage_driver character varying(512),
    master_lb_enabled boolean,
    fixed_subnet character varying(255),
    floating_ip_enabled boolean,
    hidden boolean
);


ALTER TABLE public.cluster_template OWNER TO postgres;

--
-- Name: baymodel_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.baymodel_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.baymodel_id_seq OWNER TO postgres;

--
-- Name: baymodel_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.baymodel_id_seq OWNED BY public.cluster_template.id;


--
-- Name: federation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.federation (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    project_id character varying(255),
    uuid character varying(36),
    name character varying(255),
    hostcluster_id character varying(255),
    member_ids text,
    status character varying(20),
    status_reason text,
    properties text
);


ALTER TABLE public.federation OWNER TO postgres;

--
-- Name: federation_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.federation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.federation_id_seq OWNER TO postgres;

--
-- Name: federation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.federation_id_seq OWNED BY public.federation.id;


--
-- Name: magnum_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.magnum_service (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    report_count integer NOT NULL,
    host character varying(255),
    "binary" character varying(255),
    disabled boolean,
    disabled_reason character varying(255),
    last_seen_up timestamp without time zone,
    forced_down boolean
);


ALTER TABLE public.magnum_service OWNER TO postgres;

--
-- Name: magnum_service_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.magnum_service_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.magnum_service_id_seq OWNER TO postgres;

--
-- Name: magnum_service_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.magnum_service_id_seq OWNED BY public.magnum_service.id;


--
-- Name: nodegroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.nodegroup (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    cluster_id character varying(255) NOT NULL,
    project_id character varying(255) NOT NULL,
    docker_volume_size integer,
    labels text,
    flavor_id character varying(255),
    image_id character varying(255),
    node_addresses text,
    node_count integer,
    max_node_count integer,
    min_node_count integer,
    role character varying(255),
    is_default boolean
);


ALTER TABLE public.nodegroup OWNER TO postgres;

--
-- Name: nodegroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.nodegroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.nodegroup_id_seq OWNER TO postgres;

--
-- Name: nodegroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.nodegroup_id_seq OWNED BY public.nodegroup.id;


--
-- Name: quotas; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.quotas (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id character varying(255),
    resource character varying(255),
    hard_limit integer NOT NULL
);


ALTER TABLE public.quotas OWNER TO postgres;

--
-- Name: quotas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.quotas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.quotas_id_seq OWNER TO postgres;

--
-- Name: quotas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.quotas_id_seq OWNED BY public.quotas.id;


--
-- Name: x509keypair; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.x509keypair (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying(36),
    certificate text,
    private_key text,
    project_id character varying(255),
    user_id character varying(255),
    intermediates text,
    private_key_passphrase text
);


ALTER TABLE public.x509keypair OWNER TO postgres;

--
-- Name: x509keypair_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.x509keypair_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.x509keypair_id_seq OWNER TO postgres;

--
-- Name: x509keypair_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.x509keypair_id_seq OWNED BY public.x509keypair.id;


--
-- Name: cluster id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster ALTER COLUMN id SET DEFAULT nextval('public.bay_id_seq'::regclass);


--
-- Name: cluster_template id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster_template ALTER COLUMN id SET DEFAULT nextval('public.baymodel_id_seq'::regclass);


--
-- Name: federation id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.federation ALTER COLUMN id SET DEFAULT nextval('public.federation_id_seq'::regclass);


--
-- Name: magnum_service id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service ALTER COLUMN id SET DEFAULT nextval('public.magnum_service_id_seq'::regclass);


--
-- Name: nodegroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodegroup ALTER COLUMN id SET DEFAULT nextval('public.nodegroup_id_seq'::regclass);


--
-- Name: quotas id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quotas ALTER COLUMN id SET DEFAULT nextval('public.quotas_id_seq'::regclass);


--
-- Name: x509keypair id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.x509keypair ALTER COLUMN id SET DEFAULT nextval('public.x509keypair_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
ac92cbae311c
\.


--
-- Data for Name: cluster; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cluster (created_at, updated_at, id, uuid, name, cluster_template_id, node_count, api_address, node_addresses, stack_id, project_id, user_id, status, discovery_url, status_reason, master_count, master_addresses, ca_cert_ref, magnum_cert_ref, create_timeout, trust_id, trustee_username, trustee_user_id, trustee_password, coe_version, container_version, keypair, docker_volume_size, labels, master_flavor_id, flavor_id, health_status, health_status_reason) FROM stdin;
\.


--
-- Data for Name: cluster_template; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cluster_template (created_at, updated_at, id, uuid, name, flavor_id, keypair_id, image_id, external_network_id, dns_nameserver, apiserver_port, project_id, user_id, docker_volume_size, fixed_network, master_flavor_id, cluster_distro, coe, http_proxy, https_proxy, no_proxy, registry_enabled, network_driver, labels, tls_disabled, public, server_type, volume_driver, insecure_registry, docker_storage_driver, master_lb_enabled, fixed_subnet, floating_ip_enabled, hidden) FROM stdin;
\.


--
-- Data for Name: federation; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.federation (created_at, updated_at, id, project_id, uuid, name, hostcluster_id, member_ids, status, status_reason, properties) FROM stdin;
\.


--
-- Data for Name: magnum_service; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.magnum_service (created_at, updated_at, id, report_count, host, "binary", disabled, disabled_reason, last_seen_up, forced_down) FROM stdin;
\.


--
-- Data for Name: nodegroup; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.nodegroup (created_at, updated_at, id, uuid, name, cluster_id, project_id, docker_volume_size, labels, flavor_id, image_id, node_addresses, node_count, max_node_count, min_node_count, role, is_default) FROM stdin;
\.


--
-- Data for Name: quotas; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.quotas (id, created_at, updated_at, project_id, resource, hard_limit) FROM stdin;
\.


--
-- Data for Name: x509keypair; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.x509keypair (id, created_at, updated_at, uuid, certificate, private_key, project_id, user_id, intermediates, private_key_passphrase) FROM stdin;
\.


--
-- Name: bay_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.bay_id_seq', 1, false);


--
-- Name: baymodel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.baymodel_id_seq', 1, false);


--
-- Name: federation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.federation_id_seq', 1, false);


--
-- Name: magnum_service_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.magnum_service_id_seq', 1, false);


--
-- Name: nodegroup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.nodegroup_id_seq', 1, false);


--
-- Name: quotas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.quotas_id_seq', 1, false);


--
-- Name: x509keypair_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.x509keypair_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: cluster bay_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster
    ADD CONSTRAINT bay_pkey PRIMARY KEY (id);


--
-- Name: cluster_template baymodel_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster_template
    ADD CONSTRAINT baymodel_pkey PRIMARY KEY (id);


--
-- Name: federation federation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.federation
    ADD CONSTRAINT federation_pkey PRIMARY KEY (id);


--
-- Name: magnum_service magnum_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service
    ADD CONSTRAINT magnum_service_pkey PRIMARY KEY (id);


--
-- Name: nodegroup nodegroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodegroup
    ADD CONSTRAINT nodegroup_pkey PRIMARY KEY (id);


--
-- Name: quotas quotas_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quotas
    ADD CONSTRAINT quotas_pkey PRIMARY KEY (id);


--
-- Name: cluster uniq_bay0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster
    ADD CONSTRAINT uniq_bay0uuid UNIQUE (uuid);


--
-- Name: cluster_template uniq_baymodel0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cluster_template
    ADD CONSTRAINT uniq_baymodel0uuid UNIQUE (uuid);


--
-- Name: federation uniq_federation0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.federation
    ADD CONSTRAINT uniq_federation0uuid UNIQUE (uuid);


--
-- Name: magnum_service uniq_magnum_service0host0binary; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service
    ADD CONSTRAINT uniq_magnum_service0host0binary UNIQUE (host, "binary");


--
-- Name: nodegroup uniq_nodegroup0cluster_id0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodegroup
    ADD CONSTRAINT uniq_nodegroup0cluster_id0name UNIQUE (cluster_id, name);


--
-- Name: nodegroup uniq_nodegroup0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodegroup
    ADD CONSTRAINT uniq_nodegroup0uuid UNIQUE (uuid);


--
-- Name: quotas uniq_quotas0project_id0resource; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quotas
    ADD CONSTRAINT uniq_quotas0project_id0resource UNIQUE (project_id, resource);


--
-- Name: x509keypair uniq_x509keypair0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.x509keypair
    ADD CONSTRAINT uniq_x509keypair0uuid UNIQUE (uuid);


--
-- Name: x509keypair x509keypair_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.x509keypair
    ADD CONSTRAINT x509keypair_pkey PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

