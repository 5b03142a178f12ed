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
-- Name: computehost_allocations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.computehost_allocations (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    compute_host_id character varying(36),
    reservation_id character varying(36)
);


ALTER TABLE public.computehost_allocations OWNER TO postgres;

--
-- Name: computehost_extra_capabilities; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.computehost_extra_capabilities (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    computehost_id character varying(36),
    capability_name character varying(64) NOT NULL,
    capability_value text NOT NULL
);


ALTER TABLE public.computehost_extra_capabilities OWNER TO postgres;

--
-- Name: computehost_reservations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.computehost_reservations (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    reservation_id character varying(36),
    resource_properties text,
    count_range character varying(36),
    hypervisor_properties text,
    status character varying(13),
    aggregate_id integer
);


ALTER TABLE public.computehost_reservations OWNER TO postgres;

--
-- Name: computehosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.computehosts (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    vcpus integer NOT NULL,
    cpu_info text NOT NULL,
    hypervisor_type text NOT NULL,
    hypervisor_version integer NOT NULL,
    hypervisor_hostname character varying(255),
    memory_mb integer NOT NULL,
    local_gb integer NOT NULL,
    status character varying(13),
    service_name character varying(255),
    trust_id character varying(36) NOT NULL
);


ALTER TABLE public.computehosts OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    lease_id character varying(36),
    event_type character varying(66),
    "time" timestamp without time zone,
    status character varying(13)
);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: leases; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.leases (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    name character varying(80) NOT NULL,
    user_id character varying(255),
    project_id character varying(255),
    start_date timestamp without time zone NOT NULL,
    end_date timestamp without time zone NOT NULL,
    trust_id character varying(36),
    action character varying(255),
    status character varying(255),
    status_reason character varying(255)
);


ALTER TABLE public.leases OWNER TO postgres;

--
-- Name: reservations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.reservations (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id character varying(36) NOT NULL,
    lease_id character varying(36) NOT NULL,
    resource_id character varying(36),
    resource_type character varying(66),
    status character varying(13)
);


ALTER TABLE public.reservations OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
7f1a7bbb2cd2
\.


--
-- Data for Name: computehost_allocations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.computehost_allocations (created_at, updated_at, id, compute_host_id, reservation_id) FROM stdin;
\.


--
-- Data for Name: computehost_extra_capabilities; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.computehost_extra_capabilities (created_at, updated_at, id, computehost_id, capability_name, capability_value) FROM stdin;
\.


--
-- Data for Name: computehost_reservations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.computehost_reservations (created_at, updated_at, id, reservation_id, resource_properties, count_range, hypervisor_properties, status, aggregate_id) FROM stdin;
\.


--
-- Data for Name: computehosts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.computehosts (created_at, updated_at, id, vcpus, cpu_info, hypervisor_type, hypervisor_version, hypervisor_hostname, memory_mb, local_gb, status, service_name, trust_id) FROM stdin;
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.events (created_at, updated_at, id, lease_id, event_type, "time", status) FROM stdin;
\.


--
-- Data for Name: leases; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.leases (created_at, updated_at, id, name, user_id, project_id, start_date, end_date, trust_id, action, status, status_reason) FROM stdin;
\.


--
-- Data for Name: reservations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.reservations (created_at, updated_at, id, lease_id, resource_id, resource_type, status) FROM stdin;
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: computehost_allocations computehost_allocations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_allocations
    ADD CONSTRAINT computehost_allocations_pkey PRIMARY KEY (id);


--
-- Name: computehost_extra_capabilities computehost_extra_capabilities_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_extra_capabilities
    ADD CONSTRAINT computehost_extra_capabilities_pkey PRIMARY KEY (id);


--
-- Name: computehost_reservations computehost_reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_reservations
    ADD CONSTRAINT computehost_reservations_pkey PRIMARY KEY (id);


--
-- Name: computehosts computehosts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehosts
    ADD CONSTRAINT computehosts_pkey PRIMARY KEY (id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: leases leases_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.leases
    ADD CONSTRAINT leases_name_key UNIQUE (name);


--
-- Name: leases leases_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.leases
    ADD CONSTRAINT leases_pkey PRIMARY KEY (id);


--
-- Name: reservations reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_pkey PRIMARY KEY (id);


--
-- Name: computehost_allocations computehost_allocations_compute_host_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_allocations
    ADD CONSTRAINT computehost_allocations_compute_host_id_fkey FOREIGN KEY (compute_host_id) REFERENCES public.computehosts(id);


--
-- Name: computehost_allocations computehost_allocations_reservation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_allocations
    ADD CONSTRAINT computehost_allocations_reservation_id_fkey FOREIGN KEY (reservation_id) REFERENCES public.reservations(id);


--
-- Name: computehost_extra_capabilities computehost_extra_capabilities_computehost_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_extra_capabilities
    ADD CONSTRAINT computehost_extra_capabilities_computehost_id_fkey FOREIGN KEY (computehost_id) REFERENCES public.computehosts(id);


--
-- Name: computehost_reservations computehost_reservations_reservation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.computehost_reservations
    ADD CONSTRAINT computehost_reservations_reservation_id_fkey FOREIGN KEY (reservation_id) REFERENCES public.reservations(id);


--
-- Name: events events_lease_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_lease_id_fkey FOREIGN KEY (lease_id) REFERENCES public.leases(id);


--
-- Name: reservations reservations_lease_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.reservations
    ADD CONSTRAINT reservations_lease_id_fkey FOREIGN KEY (lease_id) REFERENCES public.leases(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

