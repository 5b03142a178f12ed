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
    drivers text
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
    driver character varying(15),
    driver_info text,
    reservation character varying(255),
    maintenance boolean,
    extra text,
    provision_updated_at timestamp without time zone,
    console_enabled boolean,
    instance_info text
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
-- Name: ports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ports (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36),
    address character varying(18),
    node_id integer,
    extra text
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
-- Name: ports id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports ALTER COLUMN id SET DEFAULT nextval('public.ports_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
31baaf680d2b
\.


--
-- Data for Name: chassis; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chassis (created_at, updated_at, id, uuid, extra, description) FROM stdin;
\.


--
-- Data for Name: conductors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.conductors (created_at, updated_at, id, hostname, drivers) FROM stdin;
\.


--
-- Data for Name: nodes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.nodes (created_at, updated_at, id, uuid, instance_uuid, chassis_id, power_state, target_power_state, provision_state, target_provision_state, last_error, properties, driver, driver_info, reservation, maintenance, extra, provision_updated_at, console_enabled, instance_info) FROM stdin;
2015-01-05 10:00:00	\N	1	1be26c0b-03f2-4d2e-ae87-c02d7f33c123	a1b2c3d4-0000-4000-8000-000000000001	\N	\N	\N	active	\N	\N	\N	pxe_ipmitool	\N	\N	f	\N	\N	\N	\N
2015-01-05 10:05:00	\N	2	2be26c0b-03f2-4d2e-ae87-c02d7f33c124	a1b2c3d4-0000-4000-8000-000000000002	\N	\N	\N	active	\N	\N	\N	pxe_ipmitool	\N	\N	f	\N	\N	\N	\N
2015-01-06 09:30:00	\N	3	3be26c0b-03f2-4d2e-ae87-c02d7f33c125	a1b2c3d4-0000-4000-8000-000000000001	\N	\N	\N	deploying	\N	\N	\N	agent_ipmitool	\N	\N	f	\N	\N	\N	\N
2015-01-07 14:00:00	\N	4	4be26c0b-03f2-4d2e-ae87-c02d7f33c126	\N	\N	\N	\N	\N	\N	\N	\N	fake	\N	\N	t	\N	\N	\N	\N
\.


--
-- Data for Name: ports; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ports (created_at, updated_at, id, uuid, address, node_id, extra) FROM stdin;
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

SELECT pg_catalog.setval('public.nodes_id_seq', 4, true);


--
-- Name: ports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ports_id_seq', 1, false);


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
-- Name: nodes nodes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_pkey PRIMARY KEY (id);


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
-- Name: nodes uniq_nodes0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT uniq_nodes0uuid UNIQUE (uuid);


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
-- Name: node_instance_uuid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX node_instance_uuid ON public.nodes USING btree (instance_uuid);


--
-- Name: nodes nodes_chassis_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.nodes
    ADD CONSTRAINT nodes_chassis_id_fkey FOREIGN KEY (chassis_id) REFERENCES public.chassis(id);


--
-- Name: ports ports_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ports
    ADD CONSTRAINT ports_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.nodes(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

