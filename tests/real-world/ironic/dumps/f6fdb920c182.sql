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
-- Name: chassis; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.chassis (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    extra text,
    description character varying(255)
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
-- Name: conductors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conductors (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    hostname character varying(255) NOT NULL,
    drivers text,
    online boolean
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
-- Name: node_tags; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.node_tags (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    node_id integer NOT NULL,
    tag character varying(255) NOT NULL
);


ALTER TABLE public.node_tags OWNER TO postgres;

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
    target_raid_config text
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
    extra text
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
    pxe_enabled boolean
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
-- Name: chassis id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis ALTER COLUMN id SET DEFAULT nextval('public.chassis_id_seq'::regclass);


--
-- Name: conductors id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors ALTER COLUMN id SET DEFAULT nextval('public.conductors_id_seq'::regclass);


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
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
5ea1b0d310e
\.


--
-- Data for Name: chassis; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chassis (created_at, updated_at, id, uuid, extra, description) FROM stdin;
\.


--
-- Data for Name: conductors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conductors (created_at, updated_at, id, hostname, drivers, online) FROM stdin;
\.


--
-- Data for Name: node_tags; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.node_tags (created_at, updated_at, node_id, tag) FROM stdin;
\.


--
-- Data for Name: nodes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.nodes (created_at, updated_at, id, uuid, instance_uuid, chassis_id, power_state, target_power_state, provision_state, target_provision_state, last_error, properties, driver, driver_info, reservation, maintenance, extra, provision_updated_at, console_enabled, instance_info, conductor_affinity, maintenance_reason, driver_internal_info, name, inspection_started_at, inspection_finished_at, clean_step, raid_config, target_raid_config) FROM stdin;
2016-02-01 08:00:00	\N	1	1be26c0b-03f2-4d2e-ae87-c02d7f33c123	\N	\N	\N	\N	available	\N	\N	\N	pxe_ipmitool	\N	\N	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
2016-02-01 08:10:00	\N	2	2be26c0b-03f2-4d2e-ae87-c02d7f33c124	\N	\N	\N	\N	active	\N	\N	\N	agent_ipmitool	\N	\N	f	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: portgroups; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.portgroups (created_at, updated_at, id, uuid, name, node_id, address, extra) FROM stdin;
\.


--
-- Data for Name: ports; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ports (created_at, updated_at, id, uuid, address, node_id, extra, local_link_connection, portgroup_id, pxe_enabled) FROM stdin;
2016-02-01 08:00:00	\N	1	6d85703a-565d-469a-96ce-30b6de53079d	52:54:00:cf:2d:31	1	\N	\N	\N	\N
2016-02-01 08:01:00	\N	2	7d85703a-565d-469a-96ce-30b6de53079e	52:54:00:cf:2d:32	1	\N	\N	\N	f
2016-02-01 08:10:00	\N	3	8d85703a-565d-469a-96ce-30b6de53079f	52:54:00:cf:2d:33	2	\N	\N	\N	t
2016-02-01 08:11:00	\N	4	9d85703a-565d-469a-96ce-30b6de5307a0	52:54:00:cf:2d:34	2	\N	\N	\N	\N
\.


--
-- Name: chassis_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.chassis_id_seq', 1, false);


--
-- Name: conductors_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.conductors_id_seq', 1, false);


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

SELECT pg_catalog.setval('public.ports_id_seq', 4, true);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: chassis chassis_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis
    ADD CONSTRAINT chassis_pkey PRIMARY KEY (id);


--
-- Name: conductors conductors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors
    ADD CONSTRAINT conductors_pkey PRIMARY KEY (id);


--
-- Name: node_tags node_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.node_tags
    ADD CONSTRAINT node_tags_pkey PRIMARY KEY (node_id, tag);


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
-- Name: chassis uniq_chassis0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chassis
    ADD CONSTRAINT uniq_chassis0uuid UNIQUE (uuid);


--
-- Name: conductors uniq_conductors0hostname; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conductors
    ADD CONSTRAINT uniq_conductors0hostname UNIQUE (hostname);


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
-- Name: ports uniq_ports0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT uniq_ports0uuid UNIQUE (uuid);


--
-- Name: node_tags_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX node_tags_idx ON public.node_tags USING btree (tag);


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
-- PostgreSQL database dump complete
--

\unrestrict rehearse

