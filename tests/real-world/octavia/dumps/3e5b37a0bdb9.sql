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
-- Name: algorithm; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.algorithm (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.algorithm OWNER TO postgres;

--
-- Name: amphora; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.amphora (
    id character varying(36) NOT NULL,
    compute_id character varying(36),
    status character varying(36) NOT NULL,
    load_balancer_id character varying(36),
    lb_network_ip character varying(64)
);


ALTER TABLE public.amphora OWNER TO postgres;

--
-- Name: amphora_health; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.amphora_health (
    amphora_id character varying(36) NOT NULL,
    last_update timestamp with time zone NOT NULL
);


ALTER TABLE public.amphora_health OWNER TO postgres;

--
-- Name: health_monitor; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.health_monitor (
    pool_id character varying(36) NOT NULL,
    type character varying(36) NOT NULL,
    delay integer NOT NULL,
    timeout integer NOT NULL,
    fall_threshold integer NOT NULL,
    rise_threshold integer NOT NULL,
    http_method character varying(16),
    url_path character varying(255),
    expected_codes character varying(64),
    enabled boolean NOT NULL
);


ALTER TABLE public.health_monitor OWNER TO postgres;

--
-- Name: health_monitor_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.health_monitor_type (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.health_monitor_type OWNER TO postgres;

--
-- Name: listener; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.listener (
    tenant_id character varying(255),
    id character varying(36) NOT NULL,
    name character varying(255),
    description character varying(255),
    protocol character varying(16) NOT NULL,
    protocol_port integer NOT NULL,
    connection_limit integer,
    load_balancer_id character varying(36),
    tls_certificate_id character varying(36),
    default_pool_id character varying(36),
    provisioning_status character varying(16) NOT NULL,
    operating_status character varying(16) NOT NULL,
    enabled boolean NOT NULL
);


ALTER TABLE public.listener OWNER TO postgres;

--
-- Name: listener_statistics; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.listener_statistics (
    listener_id character varying(36) NOT NULL,
    bytes_in bigint NOT NULL,
    bytes_out bigint NOT NULL,
    active_connections integer NOT NULL,
    total_connections bigint NOT NULL
);


ALTER TABLE public.listener_statistics OWNER TO postgres;

--
-- Name: load_balancer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.load_balancer (
    tenant_id character varying(255),
    id character varying(36) NOT NULL,
    name character varying(255),
    description character varying(255),
    provisioning_status character varying(16) NOT NULL,
    operating_status character varying(16) NOT NULL,
    enabled boolean NOT NULL
);


ALTER TABLE public.load_balancer OWNER TO postgres;

--
-- Name: member; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.member (
    tenant_id character varying(255),
    id character varying(36) NOT NULL,
    pool_id character varying(36) NOT NULL,
    subnet_id character varying(36),
    ip_address character varying(64) CONSTRAINT member_address_not_null NOT NULL,
    protocol_port integer NOT NULL,
    weight integer,
    operating_status character varying(16) NOT NULL,
    enabled boolean NOT NULL
);


ALTER TABLE public.member OWNER TO postgres;

--
-- Name: operating_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.operating_status (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.operating_status OWNER TO postgres;

--
-- Name: pool; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pool (
    tenant_id character varying(255),
    id character varying(36) NOT NULL,
    name character varying(255),
    description character varying(255),
    protocol character varying(16) NOT NULL,
    lb_algorithm character varying(16) NOT NULL,
    operating_status character varying(16) NOT NULL,
    enabled boolean NOT NULL
);


ALTER TABLE public.pool OWNER TO postgres;

--
-- Name: protocol; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.protocol (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.protocol OWNER TO postgres;

--
-- Name: provisioning_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.provisioning_status (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.provisioning_status OWNER TO postgres;

--
-- Name: session_persistence; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.session_persistence (
    pool_id character varying(36) NOT NULL,
    type character varying(16) NOT NULL,
    cookie_name character varying(255)
);


ALTER TABLE public.session_persistence OWNER TO postgres;

--
-- Name: session_persistence_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.session_persistence_type (
    name character varying(30) NOT NULL,
    description character varying(255)
);


ALTER TABLE public.session_persistence_type OWNER TO postgres;

--
-- Name: sni; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sni (
    listener_id character varying(36) NOT NULL,
    tls_container_id character varying(36) NOT NULL,
    "position" integer
);


ALTER TABLE public.sni OWNER TO postgres;

--
-- Name: vip; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vip (
    load_balancer_id character varying(36) NOT NULL,
    ip_address character varying(36),
    port_id character varying(36),
    network_id character varying(36)
);


ALTER TABLE public.vip OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
92fe9857279
\.


--
-- Data for Name: algorithm; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.algorithm (name, description) FROM stdin;
ROUND_ROBIN	\N
LEAST_CONNECTIONS	\N
SOURCE_IP	\N
\.


--
-- Data for Name: amphora; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.amphora (id, compute_id, status, load_balancer_id, lb_network_ip) FROM stdin;
\.


--
-- Data for Name: amphora_health; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.amphora_health (amphora_id, last_update) FROM stdin;
\.


--
-- Data for Name: health_monitor; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.health_monitor (pool_id, type, delay, timeout, fall_threshold, rise_threshold, http_method, url_path, expected_codes, enabled) FROM stdin;
\.


--
-- Data for Name: health_monitor_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.health_monitor_type (name, description) FROM stdin;
HTTP	\N
HTTPS	\N
TCP	\N
\.


--
-- Data for Name: listener; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.listener (tenant_id, id, name, description, protocol, protocol_port, connection_limit, load_balancer_id, tls_certificate_id, default_pool_id, provisioning_status, operating_status, enabled) FROM stdin;
\.


--
-- Data for Name: listener_statistics; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.listener_statistics (listener_id, bytes_in, bytes_out, active_connections, total_connections) FROM stdin;
\.


--
-- Data for Name: load_balancer; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.load_balancer (tenant_id, id, name, description, provisioning_status, operating_status, enabled) FROM stdin;
\.


--
-- Data for Name: member; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.member (tenant_id, id, pool_id, subnet_id, ip_address, protocol_port, weight, operating_status, enabled) FROM stdin;
\.


--
-- Data for Name: operating_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.operating_status (name, description) FROM stdin;
ONLINE	\N
OFFLINE	\N
DEGRADED	\N
ERROR	\N
\.


--
-- Data for Name: pool; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.pool (tenant_id, id, name, description, protocol, lb_algorithm, operating_status, enabled) FROM stdin;
\.


--
-- Data for Name: protocol; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.protocol (name, description) FROM stdin;
HTTP	\N
HTTPS	\N
TCP	\N
\.


--
-- Data for Name: provisioning_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.provisioning_status (name, description) FROM stdin;
ACTIVE	\N
PENDING_CREATE	\N
PENDING_UPDATE	\N
PENDING_DELETE	\N
DELETED	\N
ERROR	\N
\.


--
-- Data for Name: session_persistence; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.session_persistence (pool_id, type, cookie_name) FROM stdin;
\.


--
-- Data for Name: session_persistence_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.session_persistence_type (name, description) FROM stdin;
SOURCE_IP	\N
HTTP_COOKIE	\N
APP_COOKIE	\N
\.


--
-- Data for Name: sni; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.sni (listener_id, tls_container_id, "position") FROM stdin;
\.


--
-- Data for Name: vip; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.vip (load_balancer_id, ip_address, port_id, network_id) FROM stdin;
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: algorithm algorithm_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.algorithm
    ADD CONSTRAINT algorithm_pkey PRIMARY KEY (name);


--
-- Name: amphora_health amphora_health_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.amphora_health
    ADD CONSTRAINT amphora_health_pkey PRIMARY KEY (amphora_id);


--
-- Name: amphora amphora_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.amphora
    ADD CONSTRAINT amphora_pkey PRIMARY KEY (id);


--
-- Name: health_monitor health_monitor_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.health_monitor
    ADD CONSTRAINT health_monitor_pkey PRIMARY KEY (pool_id);


--
-- Name: health_monitor_type health_monitor_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.health_monitor_type
    ADD CONSTRAINT health_monitor_type_pkey PRIMARY KEY (name);


--
-- Name: listener listener_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT listener_pkey PRIMARY KEY (id);


--
-- Name: listener_statistics listener_statistics_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener_statistics
    ADD CONSTRAINT listener_statistics_pkey PRIMARY KEY (listener_id);


--
-- Name: load_balancer load_balancer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.load_balancer
    ADD CONSTRAINT load_balancer_pkey PRIMARY KEY (id);


--
-- Name: member member_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT member_pkey PRIMARY KEY (id);


--
-- Name: operating_status operating_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.operating_status
    ADD CONSTRAINT operating_status_pkey PRIMARY KEY (name);


--
-- Name: pool pool_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pool
    ADD CONSTRAINT pool_pkey PRIMARY KEY (id);


--
-- Name: protocol protocol_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.protocol
    ADD CONSTRAINT protocol_pkey PRIMARY KEY (name);


--
-- Name: provisioning_status provisioning_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.provisioning_status
    ADD CONSTRAINT provisioning_status_pkey PRIMARY KEY (name);


--
-- Name: session_persistence session_persistence_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session_persistence
    ADD CONSTRAINT session_persistence_pkey PRIMARY KEY (pool_id);


--
-- Name: session_persistence_type session_persistence_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session_persistence_type
    ADD CONSTRAINT session_persistence_type_pkey PRIMARY KEY (name);


--
-- Name: sni sni_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sni
    ADD CONSTRAINT sni_pkey PRIMARY KEY (listener_id, tls_container_id);


--
-- Name: listener uq_listener_default_pool_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT uq_listener_default_pool_id UNIQUE (default_pool_id);


--
-- Name: listener uq_listener_load_balancer_id_protocol_port; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT uq_listener_load_balancer_id_protocol_port UNIQUE (load_balancer_id, protocol_port);


--
-- Name: member uq_member_pool_id_address_protocol_port; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT uq_member_pool_id_address_protocol_port UNIQUE (pool_id, ip_address, protocol_port);


--
-- Name: vip vip_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vip
    ADD CONSTRAINT vip_pkey PRIMARY KEY (load_balancer_id);


--
-- Name: amphora fk_amphora_load_balancer_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.amphora
    ADD CONSTRAINT fk_amphora_load_balancer_id FOREIGN KEY (load_balancer_id) REFERENCES public.load_balancer(id);


--
-- Name: amphora fk_amphora_provisioning_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.amphora
    ADD CONSTRAINT fk_amphora_provisioning_status_name FOREIGN KEY (status) REFERENCES public.provisioning_status(name);


--
-- Name: health_monitor fk_health_monitor_health_monitor_type_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.health_monitor
    ADD CONSTRAINT fk_health_monitor_health_monitor_type_name FOREIGN KEY (type) REFERENCES public.health_monitor_type(name);


--
-- Name: health_monitor fk_health_monitor_pool_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.health_monitor
    ADD CONSTRAINT fk_health_monitor_pool_id FOREIGN KEY (pool_id) REFERENCES public.pool(id);


--
-- Name: listener fk_listener_load_balancer_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT fk_listener_load_balancer_id FOREIGN KEY (load_balancer_id) REFERENCES public.load_balancer(id);


--
-- Name: listener fk_listener_operating_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT fk_listener_operating_status_name FOREIGN KEY (operating_status) REFERENCES public.operating_status(name);


--
-- Name: listener fk_listener_pool_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT fk_listener_pool_id FOREIGN KEY (default_pool_id) REFERENCES public.pool(id);


--
-- Name: listener fk_listener_protocol_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT fk_listener_protocol_name FOREIGN KEY (protocol) REFERENCES public.protocol(name);


--
-- Name: listener fk_listener_provisioning_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener
    ADD CONSTRAINT fk_listener_provisioning_status_name FOREIGN KEY (provisioning_status) REFERENCES public.provisioning_status(name);


--
-- Name: listener_statistics fk_listener_statistics_listener_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.listener_statistics
    ADD CONSTRAINT fk_listener_statistics_listener_id FOREIGN KEY (listener_id) REFERENCES public.listener(id);


--
-- Name: load_balancer fk_load_balancer_operating_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.load_balancer
    ADD CONSTRAINT fk_load_balancer_operating_status_name FOREIGN KEY (operating_status) REFERENCES public.operating_status(name);


--
-- Name: load_balancer fk_load_balancer_provisioning_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.load_balancer
    ADD CONSTRAINT fk_load_balancer_provisioning_status_name FOREIGN KEY (provisioning_status) REFERENCES public.provisioning_status(name);


--
-- Name: member fk_member_operating_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT fk_member_operating_status_name FOREIGN KEY (operating_status) REFERENCES public.operating_status(name);


--
-- Name: member fk_member_pool_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.member
    ADD CONSTRAINT fk_member_pool_id FOREIGN KEY (pool_id) REFERENCES public.pool(id);


--
-- Name: pool fk_pool_algorithm_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pool
    ADD CONSTRAINT fk_pool_algorithm_name FOREIGN KEY (lb_algorithm) REFERENCES public.algorithm(name);


--
-- Name: pool fk_pool_operating_status_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pool
    ADD CONSTRAINT fk_pool_operating_status_name FOREIGN KEY (operating_status) REFERENCES public.operating_status(name);


--
-- Name: pool fk_pool_protocol_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pool
    ADD CONSTRAINT fk_pool_protocol_name FOREIGN KEY (protocol) REFERENCES public.protocol(name);


--
-- Name: session_persistence fk_session_persistence_pool_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session_persistence
    ADD CONSTRAINT fk_session_persistence_pool_id FOREIGN KEY (pool_id) REFERENCES public.pool(id);


--
-- Name: session_persistence fk_session_persistence_session_persistence_type_name; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session_persistence
    ADD CONSTRAINT fk_session_persistence_session_persistence_type_name FOREIGN KEY (type) REFERENCES public.session_persistence_type(name);


--
-- Name: sni fk_sni_listener_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sni
    ADD CONSTRAINT fk_sni_listener_id FOREIGN KEY (listener_id) REFERENCES public.listener(id);


--
-- Name: vip fk_vip_load_balancer_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vip
    ADD CONSTRAINT fk_vip_load_balancer_id FOREIGN KEY (load_balancer_id) REFERENCES public.load_balancer(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

