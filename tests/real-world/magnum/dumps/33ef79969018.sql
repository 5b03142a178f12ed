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
-- Name: bay; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bay (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    baymodel_id character varying(255),
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
    magnum_cert_ref character varying(512)
);


ALTER TABLE public.bay OWNER TO postgres;

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

ALTER SEQUENCE public.bay_id_seq OWNED BY public.bay.id;


--
-- Name: baylock; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.baylock (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    bay_uuid character varying(36),
    conductor_id character varying(64)
);


ALTER TABLE public.baylock OWNER TO postgres;

--
-- Name: baylock_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.baylock_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.baylock_id_seq OWNER TO postgres;

--
-- Name: baylock_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.baylock_id_seq OWNED BY public.baylock.id;


--
-- Name: baymodel; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.baymodel (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
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
    ssh_authorized_key text,
    cluster_distro character varying(255),
    coe character varying(255),
    http_proxy character varying(255),
    https_proxy character varying(255),
    no_proxy character varying(255),
    registry_enabled boolean,
    network_driver character varying(255),
    labels text,
    tls_disabled boolean,
    public boolean
);


ALTER TABLE public.baymodel OWNER TO postgres;

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

ALTER SEQUENCE public.baymodel_id_seq OWNED BY public.baymodel.id;


--
-- Name: container; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.container (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    image character varying(255),
    project_id character varying(255),
    user_id character varying(255),
    command character varying(255),
    bay_uuid character varying(255),
    status character varying(20)
);


ALTER TABLE public.container OWNER TO postgres;

--
-- Name: container_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.container_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.container_id_seq OWNER TO postgres;

--
-- Name: container_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.container_id_seq OWNED BY public.container.id;


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
-- Name: node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.node (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    type character varying(20),
    image_id character varying(255),
    ironic_node_id character varying(36),
    project_id character varying(255),
    user_id character varying(255)
);


ALTER TABLE public.node OWNER TO postgres;

--
-- Name: node_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.node_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.node_id_seq OWNER TO postgres;

--
-- Name: node_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.node_id_seq OWNED BY public.node.id;


--
-- Name: pod; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pod (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    "desc" character varying(255),
    bay_uuid character varying(36),
    images text NOT NULL,
    labels text,
    status character varying(255) NOT NULL,
    project_id character varying(255),
    user_id character varying(255),
    host text
);


ALTER TABLE public.pod OWNER TO postgres;

--
-- Name: pod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pod_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.pod_id_seq OWNER TO postgres;

--
-- Name: pod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pod_id_seq OWNED BY public.pod.id;


--
-- Name: replicationcontroller; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.replicationcontroller (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    bay_uuid character varying(36),
    images text NOT NULL,
    labels text,
    replicas integer,
    project_id character varying(255),
    user_id character varying(255)
);


ALTER TABLE public.replicationcontroller OWNER TO postgres;

--
-- Name: replicationcontroller_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.replicationcontroller_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.replicationcontroller_id_seq OWNER TO postgres;

--
-- Name: replicationcontroller_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.replicationcontroller_id_seq OWNED BY public.replicationcontroller.id;


--
-- Name: service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    bay_uuid character varying(36),
    labels text,
    selector text,
    ip character varying(36),
    ports integer,
    project_id character varying(255),
    user_id character varying(255)
);


ALTER TABLE public.service OWNER TO postgres;

--
-- Name: service_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.service_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.service_id_seq OWNER TO postgres;

--
-- Name: service_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.service_id_seq OWNED BY public.service.id;


--
-- Name: x509keypair; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.x509keypair (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(255),
    uuid character varying(36),
    bay_uuid character varying(36),
    ca_cert text,
    certificate text,
    private_key text,
    project_id character varying(255),
    user_id character varying(255)
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
-- Name: bay id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bay ALTER COLUMN id SET DEFAULT nextval('public.bay_id_seq'::regclass);


--
-- Name: baylock id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baylock ALTER COLUMN id SET DEFAULT nextval('public.baylock_id_seq'::regclass);


--
-- Name: baymodel id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baymodel ALTER COLUMN id SET DEFAULT nextval('public.baymodel_id_seq'::regclass);


--
-- Name: container id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.container ALTER COLUMN id SET DEFAULT nextval('public.container_id_seq'::regclass);


--
-- Name: magnum_service id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service ALTER COLUMN id SET DEFAULT nextval('public.magnum_service_id_seq'::regclass);


--
-- Name: node id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node ALTER COLUMN id SET DEFAULT nextval('public.node_id_seq'::regclass);


--
-- Name: pod id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pod ALTER COLUMN id SET DEFAULT nextval('public.pod_id_seq'::regclass);


--
-- Name: replicationcontroller id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.replicationcontroller ALTER COLUMN id SET DEFAULT nextval('public.replicationcontroller_id_seq'::regclass);


--
-- Name: service id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service ALTER COLUMN id SET DEFAULT nextval('public.service_id_seq'::regclass);


--
-- Name: x509keypair id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.x509keypair ALTER COLUMN id SET DEFAULT nextval('public.x509keypair_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
2ae93c9c6191
\.


--
-- Data for Name: bay; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.bay (created_at, updated_at, id, uuid, name, baymodel_id, node_count, api_address, node_addresses, stack_id, project_id, user_id, status, discovery_url, status_reason, master_count, master_addresses, ca_cert_ref, magnum_cert_ref) FROM stdin;
\.


--
-- Data for Name: baylock; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.baylock (created_at, updated_at, id, bay_uuid, conductor_id) FROM stdin;
\.


--
-- Data for Name: baymodel; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.baymodel (created_at, updated_at, id, uuid, name, flavor_id, keypair_id, image_id, external_network_id, dns_nameserver, apiserver_port, project_id, user_id, docker_volume_size, fixed_network, master_flavor_id, ssh_authorized_key, cluster_distro, coe, http_proxy, https_proxy, no_proxy, registry_enabled, network_driver, labels, tls_disabled, public) FROM stdin;
\.


--
-- Data for Name: container; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.container (created_at, updated_at, id, uuid, name, image, project_id, user_id, command, bay_uuid, status) FROM stdin;
\.


--
-- Data for Name: magnum_service; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.magnum_service (created_at, updated_at, id, report_count, host, "binary", disabled, disabled_reason, last_seen_up, forced_down) FROM stdin;
\.


--
-- Data for Name: node; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.node (created_at, updated_at, id, uuid, type, image_id, ironic_node_id, project_id, user_id) FROM stdin;
\.


--
-- Data for Name: pod; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pod (created_at, updated_at, id, uuid, name, "desc", bay_uuid, images, labels, status, project_id, user_id, host) FROM stdin;
\.


--
-- Data for Name: replicationcontroller; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.replicationcontroller (created_at, updated_at, id, uuid, name, bay_uuid, images, labels, replicas, project_id, user_id) FROM stdin;
\.


--
-- Data for Name: service; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.service (created_at, updated_at, id, uuid, name, bay_uuid, labels, selector, ip, ports, project_id, user_id) FROM stdin;
\.


--
-- Data for Name: x509keypair; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.x509keypair (id, created_at, updated_at, name, uuid, bay_uuid, ca_cert, certificate, private_key, project_id, user_id) FROM stdin;
\.


--
-- Name: bay_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.bay_id_seq', 1, false);


--
-- Name: baylock_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.baylock_id_seq', 1, false);


--
-- Name: baymodel_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.baymodel_id_seq', 1, false);


--
-- Name: container_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.container_id_seq', 1, false);


--
-- Name: magnum_service_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.magnum_service_id_seq', 1, false);


--
-- Name: node_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.node_id_seq', 1, false);


--
-- Name: pod_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.pod_id_seq', 1, false);


--
-- Name: replicationcontroller_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.replicationcontroller_id_seq', 1, false);


--
-- Name: service_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.service_id_seq', 1, false);


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
-- Name: bay bay_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bay
    ADD CONSTRAINT bay_pkey PRIMARY KEY (id);


--
-- Name: baylock baylock_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baylock
    ADD CONSTRAINT baylock_pkey PRIMARY KEY (id);


--
-- Name: baymodel baymodel_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baymodel
    ADD CONSTRAINT baymodel_pkey PRIMARY KEY (id);


--
-- Name: container container_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.container
    ADD CONSTRAINT container_pkey PRIMARY KEY (id);


--
-- Name: magnum_service magnum_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service
    ADD CONSTRAINT magnum_service_pkey PRIMARY KEY (id);


--
-- Name: node node_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node
    ADD CONSTRAINT node_pkey PRIMARY KEY (id);


--
-- Name: pod pod_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pod
    ADD CONSTRAINT pod_pkey PRIMARY KEY (id);


--
-- Name: replicationcontroller replicationcontroller_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.replicationcontroller
    ADD CONSTRAINT replicationcontroller_pkey PRIMARY KEY (id);


--
-- Name: service service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT service_pkey PRIMARY KEY (id);


--
-- Name: bay uniq_bay0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bay
    ADD CONSTRAINT uniq_bay0uuid UNIQUE (uuid);


--
-- Name: baylock uniq_baylock0bay_uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baylock
    ADD CONSTRAINT uniq_baylock0bay_uuid UNIQUE (bay_uuid);


--
-- Name: baymodel uniq_baymodel0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.baymodel
    ADD CONSTRAINT uniq_baymodel0uuid UNIQUE (uuid);


--
-- Name: container uniq_container0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.container
    ADD CONSTRAINT uniq_container0uuid UNIQUE (uuid);


--
-- Name: magnum_service uniq_magnum_service0host0binary; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.magnum_service
    ADD CONSTRAINT uniq_magnum_service0host0binary UNIQUE (host, "binary");


--
-- Name: node uniq_node0ironic_node_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node
    ADD CONSTRAINT uniq_node0ironic_node_id UNIQUE (ironic_node_id);


--
-- Name: node uniq_node0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node
    ADD CONSTRAINT uniq_node0uuid UNIQUE (uuid);


--
-- Name: pod uniq_pod0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pod
    ADD CONSTRAINT uniq_pod0uuid UNIQUE (uuid);


--
-- Name: replicationcontroller uniq_replicationcontroller0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.replicationcontroller
    ADD CONSTRAINT uniq_replicationcontroller0uuid UNIQUE (uuid);


--
-- Name: service uniq_service0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT uniq_service0uuid UNIQUE (uuid);


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

