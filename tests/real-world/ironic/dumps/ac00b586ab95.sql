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
-- Name: allocations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.allocations (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    version character varying(15),
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(255),
    node_id integer,
    state character varying(15) NOT NULL,
    last_error text,
    resource_class character varying(80),
    traits text,
    candidate_nodes text,
    extra text,
    conductor_affinity integer,
    owner character varying(255)
);


ALTER TABLE public.allocations OWNER TO postgres;

--
-- Name: allocations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.allocations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.allocations_id_seq OWNER TO postgres;

--
-- Name: allocations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.allocations_id_seq OWNED BY public.allocations.id;


--
-- Name: bios_settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bios_settings (
    node_id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(255) NOT NULL,
    value text,
    version character varying(15)
);


ALTER TABLE public.bios_settings OWNER TO postgres;

--
-- Name: chassis; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.chassis (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    extra text,
    description character varying(255),
    version character varying(15)
);


ALTER TABLE public.chassis OWNER TO postgres;

--
-- Name: chassis_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.chassis_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.chassis_id_seq OWNER TO postgres;

--
-- Name: chassis_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.chassis_id_seq OWNED BY public.chassis.id;


--
-- Name: conductor_hardware_interfaces; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conductor_hardware_interfaces (
    id integer NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    conductor_id integer NOT NULL,
    hardware_type character varying(255) NOT NULL,
    interface_type character varying(16) NOT NULL,
    interface_name character varying(255) NOT NULL,
    "default" boolean NOT NULL,
    version character varying(15)
);


ALTER TABLE public.conductor_hardware_interfaces OWNER TO postgres;

--
-- Name: conductor_hardware_interfaces_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.conductor_hardware_interfaces_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.conductor_hardware_interfaces_id_seq OWNER TO postgres;

--
-- Name: conductor_hardware_interfaces_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.conductor_hardware_interfaces_id_seq OWNED BY public.conductor_hardware_interfaces.id;


--
-- Name: conductors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conductors (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    hostname character varying(255) NOT NULL,
    drivers text,
    online boolean,
    version character varying(15),
    conductor_group character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.conductors OWNER TO postgres;

--
-- Name: conductors_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.conductors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.conductors_id_seq OWNER TO postgres;

--
-- Name: conductors_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.conductors_id_seq OWNED BY public.conductors.id;


--
-- Name: deploy_template_steps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.deploy_template_steps (
    version character varying(15),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    deploy_template_id integer NOT NULL,
    interface character varying(255) NOT NULL,
    step character varying(255) NOT NULL,
    args text NOT NULL,
    priority integer NOT NULL
);


ALTER TABLE public.deploy_template_steps OWNER TO postgres;

--
-- Name: deploy_template_steps_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.deploy_template_steps_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.deploy_template_steps_id_seq OWNER TO postgres;

--
-- Name: deploy_template_steps_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.deploy_template_steps_id_seq OWNED BY public.deploy_template_steps.id;


--
-- Name: deploy_templates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.deploy_templates (
    version character varying(15),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255) NOT NULL,
    extra text
);


ALTER TABLE public.deploy_templates OWNER TO postgres;

--
-- Name: deploy_templates_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.deploy_templates_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.deploy_templates_id_seq OWNER TO postgres;

--
-- Name: deploy_templates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.deploy_templates_id_seq OWNED BY public.deploy_templates.id;


--
-- Name: node_tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.node_tags (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    node_id integer NOT NULL,
    tag character varying(255) NOT NULL,
    version character varying(15)
);


ALTER TABLE public.node_tags OWNER TO postgres;

--
-- Name: node_traits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.node_traits (
    version character varying(15),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    node_id integer NOT NULL,
    trait character varying(255) NOT NULL
);


ALTER TABLE public.node_traits OWNER TO postgres;

--
-- Name: nodes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.nodes (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    instance_uuid character varying(36),
    chassis_id integer,
    power_state character varying(15),
    target_power_state character varying(15),
    provision_state character varying(15),
    target_provision_state character varying(15),
    last_error text,
    properties text,
    driver character varying(255),
    driver_info text,
    reservation character varying(255),
    maintenance boolean,
    extra text,
    provision_updated_at timestamp without time zone,
    console_enabled boolean,
    instance_info text,
    conductor_affinity integer,
    maintenance_reason text,
    driver_internal_info text,
    name character varying(255),
    inspection_started_at timestamp without time zone,
    inspection_finished_at timestamp without time zone,
    clean_step text,
    raid_config text,
    target_raid_config text,
    network_interface character varying(255),
    resource_class character varying(80),
    boot_interface character varying(255),
    console_interface character varying(255),
    deploy_interface character varying(255),
    inspect_interface character varying(255),
    management_interface character varying(255),
    power_interface character varying(255),
    raid_interface character varying(255),
    vendor_interface character varying(255),
    storage_interface character varying(255),
    version character varying(15),
    rescue_interface character varying(255),
    bios_interface character varying(255),
    fault character varying(255),
    deploy_step text,
    conductor_group character varying(255) DEFAULT ''::character varying NOT NULL,
    automated_clean boolean,
    protected boolean DEFAULT false NOT NULL,
    protected_reason text,
    owner character varying(255),
    allocation_id integer,
    description text,
    retired boolean DEFAULT false,
    retired_reason text,
    lessee character varying(255),
    network_data text
);


ALTER TABLE public.nodes OWNER TO postgres;

--
-- Name: nodes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.nodes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.nodes_id_seq OWNER TO postgres;

--
-- Name: nodes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.nodes_id_seq OWNED BY public.nodes.id;


--
-- Name: portgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.portgroups (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    name character varying(255),
    node_id integer,
    address character varying(18),
    extra text,
    internal_info text,
    standalone_ports_supported boolean,
    properties text,
    mode character varying(255),
    version character varying(15)
);


ALTER TABLE public.portgroups OWNER TO postgres;

--
-- Name: portgroups_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.portgroups_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.portgroups_id_seq OWNER TO postgres;

--
-- Name: portgroups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.portgroups_id_seq OWNED BY public.portgroups.id;


--
-- Name: ports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ports (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    address character varying(18),
    node_id integer,
    extra text,
    local_link_connection text,
    portgroup_id integer,
    pxe_enabled boolean,
    internal_info text,
    physical_network character varying(64),
    version character varying(15),
    is_smartnic boolean,
    name character varying(255)
);


ALTER TABLE public.ports OWNER TO postgres;

--
-- Name: ports_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ports_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.ports_id_seq OWNER TO postgres;

--
-- Name: ports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ports_id_seq OWNED BY public.ports.id;


--
-- Name: volume_connectors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.volume_connectors (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    node_id integer,
    type character varying(32),
    connector_id character varying(255),
    extra text,
    version character varying(15)
);


ALTER TABLE public.volume_connectors OWNER TO postgres;

--
-- Name: volume_connectors_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.volume_connectors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.volume_connectors_id_seq OWNER TO postgres;

--
-- Name: volume_connectors_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.volume_connectors_id_seq OWNED BY public.volume_connectors.id;


--
-- Name: volume_targets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.volume_targets (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    node_id integer,
    volume_type character varying(64),
    properties text,
    boot_index integer,
    volume_id character varying(36),
    extra text,
    version character varying(15)
);


ALTER TABLE public.volume_targets OWNER TO postgres;

--
-- Name: volume_targets_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.volume_targets_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.volume_targets_id_seq OWNER TO postgres;

--
-- Name: volume_targets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.volume_targets_id_seq OWNED BY public.volume_targets.id;


--
-- Name: allocations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.allocations ALTER COLUMN id SET DEFAULT nextval('public.allocations_id_seq'::regclass);


--
-- Name: chassis id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis ALTER COLUMN id SET DEFAULT nextval('public.chassis_id_seq'::regclass);


--
-- Name: conductor_hardware_interfaces id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductor_hardware_interfaces ALTER COLUMN id SET DEFAULT nextval('public.conductor_hardware_interfaces_id_seq'::regclass);


--
-- Name: conductors id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors ALTER COLUMN id SET DEFAULT nextval('public.conductors_id_seq'::regclass);


--
-- Name: deploy_template_steps id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_template_steps ALTER COLUMN id SET DEFAULT nextval('public.deploy_template_steps_id_seq'::regclass);


--
-- Name: deploy_templates id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_templates ALTER COLUMN id SET DEFAULT nextval('public.deploy_templates_id_seq'::regclass);


--
-- Name: nodes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes ALTER COLUMN id SET DEFAULT nextval('public.nodes_id_seq'::regclass);


--
-- Name: portgroups id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups ALTER COLUMN id SET DEFAULT nextval('public.portgroups_id_seq'::regclass);


--
-- Name: ports id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports ALTER COLUMN id SET DEFAULT nextval('public.ports_id_seq'::regclass);


--
-- Name: volume_connectors id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_connectors ALTER COLUMN id SET DEFAULT nextval('public.volume_connectors_id_seq'::regclass);


--
-- Name: volume_targets id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_targets ALTER COLUMN id SET DEFAULT nextval('public.volume_targets_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
c0455649680c
\.


--
-- Data for Name: allocations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.allocations (created_at, updated_at, version, id, uuid, name, node_id, state, last_error, resource_class, traits, candidate_nodes, extra, conductor_affinity, owner) FROM stdin;
\.


--
-- Data for Name: bios_settings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.bios_settings (node_id, created_at, updated_at, name, value, version) FROM stdin;
\.


--
-- Data for Name: chassis; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chassis (created_at, updated_at, id, uuid, extra, description, version) FROM stdin;
\.


--
-- Data for Name: conductor_hardware_interfaces; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conductor_hardware_interfaces (id, created_at, updated_at, conductor_id, hardware_type, interface_type, interface_name, "default", version) FROM stdin;
\.


--
-- Data for Name: conductors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conductors (created_at, updated_at, id, hostname, drivers, online, version, conductor_group) FROM stdin;
\.


--
-- Data for Name: deploy_template_steps; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.deploy_template_steps (version, created_at, updated_at, id, deploy_template_id, interface, step, args, priority) FROM stdin;
\.


--
-- Data for Name: deploy_templates; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.deploy_templates (version, created_at, updated_at, id, uuid, name, extra) FROM stdin;
\.


--
-- Data for Name: node_tags; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.node_tags (created_at, updated_at, node_id, tag, version) FROM stdin;
\.


--
-- Data for Name: node_traits; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.node_traits (version, created_at, updated_at, node_id, trait) FROM stdin;
\.


--
-- Data for Name: nodes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.nodes (created_at, updated_at, id, uuid, instance_uuid, chassis_id, power_state, target_power_state, provision_state, target_provision_state, last_error, properties, driver, driver_info, reservation, maintenance, extra, provision_updated_at, console_enabled, instance_info, conductor_affinity, maintenance_reason, driver_internal_info, name, inspection_started_at, inspection_finished_at, clean_step, raid_config, target_raid_config, network_interface, resource_class, boot_interface, console_interface, deploy_interface, inspect_interface, management_interface, power_interface, raid_interface, vendor_interface, storage_interface, version, rescue_interface, bios_interface, fault, deploy_step, conductor_group, automated_clean, protected, protected_reason, owner, allocation_id, description, retired, retired_reason, lessee, network_data) FROM stdin;
\.


--
-- Data for Name: portgroups; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.portgroups (created_at, updated_at, id, uuid, name, node_id, address, extra, internal_info, standalone_ports_supported, properties, mode, version) FROM stdin;
\.


--
-- Data for Name: ports; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ports (created_at, updated_at, id, uuid, address, node_id, extra, local_link_connection, portgroup_id, pxe_enabled, internal_info, physical_network, version, is_smartnic, name) FROM stdin;
\.


--
-- Data for Name: volume_connectors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.volume_connectors (created_at, updated_at, id, uuid, node_id, type, connector_id, extra, version) FROM stdin;
\.


--
-- Data for Name: volume_targets; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.volume_targets (created_at, updated_at, id, uuid, node_id, volume_type, properties, boot_index, volume_id, extra, version) FROM stdin;
\.


--
-- Name: allocations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.allocations_id_seq', 1, false);


--
-- Name: chassis_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.chassis_id_seq', 1, false);


--
-- Name: conductor_hardware_interfaces_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conductor_hardware_interfaces_id_seq', 1, false);


--
-- Name: conductors_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conductors_id_seq', 1, false);


--
-- Name: deploy_template_steps_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.deploy_template_steps_id_seq', 1, false);


--
-- Name: deploy_templates_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.deploy_templates_id_seq', 1, false);


--
-- Name: nodes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.nodes_id_seq', 1, false);


--
-- Name: portgroups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.portgroups_id_seq', 1, false);


--
-- Name: ports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ports_id_seq', 1, false);


--
-- Name: volume_connectors_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.volume_connectors_id_seq', 1, false);


--
-- Name: volume_targets_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.volume_targets_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: allocations allocations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.allocations
    ADD CONSTRAINT allocations_pkey PRIMARY KEY (id);


--
-- Name: bios_settings bios_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bios_settings
    ADD CONSTRAINT bios_settings_pkey PRIMARY KEY (node_id, name);


--
-- Name: chassis chassis_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis
    ADD CONSTRAINT chassis_pkey PRIMARY KEY (id);


--
-- Name: conductor_hardware_interfaces conductor_hardware_interfaces_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductor_hardware_interfaces
    ADD CONSTRAINT conductor_hardware_interfaces_pkey PRIMARY KEY (id);


--
-- Name: conductors conductors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors
    ADD CONSTRAINT conductors_pkey PRIMARY KEY (id);


--
-- Name: deploy_template_steps deploy_template_steps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_template_steps
    ADD CONSTRAINT deploy_template_steps_pkey PRIMARY KEY (id);


--
-- Name: deploy_templates deploy_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_templates
    ADD CONSTRAINT deploy_templates_pkey PRIMARY KEY (id);


--
-- Name: node_tags node_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node_tags
    ADD CONSTRAINT node_tags_pkey PRIMARY KEY (node_id, tag);


--
-- Name: node_traits node_traits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node_traits
    ADD CONSTRAINT node_traits_pkey PRIMARY KEY (node_id, trait);


--
-- Name: nodes nodes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_pkey PRIMARY KEY (id);


--
-- Name: portgroups portgroups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups
    ADD CONSTRAINT portgroups_pkey PRIMARY KEY (id);


--
-- Name: ports ports_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT ports_pkey PRIMARY KEY (id);


--
-- Name: allocations uniq_allocations0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.allocations
    ADD CONSTRAINT uniq_allocations0name UNIQUE (name);


--
-- Name: allocations uniq_allocations0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.allocations
    ADD CONSTRAINT uniq_allocations0uuid UNIQUE (uuid);


--
-- Name: chassis uniq_chassis0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis
    ADD CONSTRAINT uniq_chassis0uuid UNIQUE (uuid);


--
-- Name: conductor_hardware_interfaces uniq_conductorhardwareinterfaces0; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductor_hardware_interfaces
    ADD CONSTRAINT uniq_conductorhardwareinterfaces0 UNIQUE (conductor_id, hardware_type, interface_type, interface_name);


--
-- Name: conductors uniq_conductors0hostname; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors
    ADD CONSTRAINT uniq_conductors0hostname UNIQUE (hostname);


--
-- Name: deploy_templates uniq_deploytemplates0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_templates
    ADD CONSTRAINT uniq_deploytemplates0name UNIQUE (name);


--
-- Name: deploy_templates uniq_deploytemplates0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_templates
    ADD CONSTRAINT uniq_deploytemplates0uuid UNIQUE (uuid);


--
-- Name: nodes uniq_nodes0instance_uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT uniq_nodes0instance_uuid UNIQUE (instance_uuid);


--
-- Name: nodes uniq_nodes0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT uniq_nodes0name UNIQUE (name);


--
-- Name: nodes uniq_nodes0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT uniq_nodes0uuid UNIQUE (uuid);


--
-- Name: portgroups uniq_portgroups0address; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups
    ADD CONSTRAINT uniq_portgroups0address UNIQUE (address);


--
-- Name: portgroups uniq_portgroups0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups
    ADD CONSTRAINT uniq_portgroups0name UNIQUE (name);


--
-- Name: portgroups uniq_portgroups0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups
    ADD CONSTRAINT uniq_portgroups0uuid UNIQUE (uuid);


--
-- Name: ports uniq_ports0address; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT uniq_ports0address UNIQUE (address);


--
-- Name: ports uniq_ports0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT uniq_ports0name UNIQUE (name);


--
-- Name: ports uniq_ports0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT uniq_ports0uuid UNIQUE (uuid);


--
-- Name: volume_connectors uniq_volumeconnectors0type0connector_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_connectors
    ADD CONSTRAINT uniq_volumeconnectors0type0connector_id UNIQUE (type, connector_id);


--
-- Name: volume_connectors uniq_volumeconnectors0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_connectors
    ADD CONSTRAINT uniq_volumeconnectors0uuid UNIQUE (uuid);


--
-- Name: volume_targets uniq_volumetargets0node_id0boot_index; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_targets
    ADD CONSTRAINT uniq_volumetargets0node_id0boot_index UNIQUE (node_id, boot_index);


--
-- Name: volume_targets uniq_volumetargets0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_targets
    ADD CONSTRAINT uniq_volumetargets0uuid UNIQUE (uuid);


--
-- Name: volume_connectors volume_connectors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_connectors
    ADD CONSTRAINT volume_connectors_pkey PRIMARY KEY (id);


--
-- Name: volume_targets volume_targets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_targets
    ADD CONSTRAINT volume_targets_pkey PRIMARY KEY (id);


--
-- Name: deploy_template_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deploy_template_id ON public.deploy_template_steps USING btree (deploy_template_id);


--
-- Name: deploy_template_steps_interface_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deploy_template_steps_interface_idx ON public.deploy_template_steps USING btree (interface);


--
-- Name: deploy_template_steps_step_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX deploy_template_steps_step_idx ON public.deploy_template_steps USING btree (step);


--
-- Name: node_tags_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX node_tags_idx ON public.node_tags USING btree (tag);


--
-- Name: node_traits_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX node_traits_idx ON public.node_traits USING btree (trait);


--
-- Name: bios_settings bios_settings_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bios_settings
    ADD CONSTRAINT bios_settings_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: conductor_hardware_interfaces conductor_hardware_interfaces_conductor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductor_hardware_interfaces
    ADD CONSTRAINT conductor_hardware_interfaces_conductor_id_fkey FOREIGN KEY (conductor_id) REFERENCES public.conductors(id);


--
-- Name: deploy_template_steps deploy_template_steps_deploy_template_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deploy_template_steps
    ADD CONSTRAINT deploy_template_steps_deploy_template_id_fkey FOREIGN KEY (deploy_template_id) REFERENCES public.deploy_templates(id);


--
-- Name: ports fk_portgroups_ports; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT fk_portgroups_ports FOREIGN KEY (portgroup_id) REFERENCES public.portgroups(id);


--
-- Name: node_tags node_tags_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node_tags
    ADD CONSTRAINT node_tags_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: node_traits node_traits_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node_traits
    ADD CONSTRAINT node_traits_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: nodes nodes_allocation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_allocation_id_fkey FOREIGN KEY (allocation_id) REFERENCES public.allocations(id);


--
-- Name: nodes nodes_chassis_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_chassis_id_fkey FOREIGN KEY (chassis_id) REFERENCES public.chassis(id);


--
-- Name: nodes nodes_conductor_affinity_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_conductor_affinity_fk FOREIGN KEY (conductor_affinity) REFERENCES public.conductors(id);


--
-- Name: portgroups portgroups_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.portgroups
    ADD CONSTRAINT portgroups_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: ports ports_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT ports_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: volume_connectors volume_connectors_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_connectors
    ADD CONSTRAINT volume_connectors_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- Name: volume_targets volume_targets_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.volume_targets
    ADD CONSTRAINT volume_targets_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

