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
-- Name: deviceattributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.deviceattributes (
    id character varying(36) NOT NULL,
    device_id character varying(255),
    key character varying(255) NOT NULL,
    value character varying(4096)
);


ALTER TABLE public.deviceattributes OWNER TO postgres;

--
-- Name: devices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.devices (
    id character varying(255) NOT NULL,
    tenant_id character varying(255),
    name character varying(255),
    template_id character varying(36),
    instance_id character varying(255),
    mgmt_url character varying(255),
    status character varying(255),
    description character varying(255) DEFAULT ''::character varying
);


ALTER TABLE public.devices OWNER TO postgres;

--
-- Name: devicetemplateattributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.devicetemplateattributes (
    id character varying(36) NOT NULL,
    template_id character varying(36) NOT NULL,
    key character varying(255) NOT NULL,
    value character varying(4096)
);


ALTER TABLE public.devicetemplateattributes OWNER TO postgres;

--
-- Name: devicetemplates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.devicetemplates (
    id character varying(36) NOT NULL,
    tenant_id character varying(255),
    name character varying(255),
    description character varying(255),
    infra_driver character varying(255),
    mgmt_driver character varying(255)
);


ALTER TABLE public.devicetemplates OWNER TO postgres;

--
-- Name: proxymgmtports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxymgmtports (
    device_id character varying(255) NOT NULL,
    port_id character varying(36) NOT NULL,
    dst_transport_url character varying(255),
    svr_proxy_id character varying(36),
    svr_ns_proxy_id character varying(36),
    clt_proxy_id character varying(36),
    clt_ns_proxy_id character varying(36)
);


ALTER TABLE public.proxymgmtports OWNER TO postgres;

--
-- Name: proxyserviceports; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxyserviceports (
    service_instance_id character varying(255) NOT NULL,
    svr_proxy_id character varying(36),
    svr_ns_proxy_id character varying(36),
    clt_proxy_id character varying(36),
    clt_ns_proxy_id character varying(36)
);


ALTER TABLE public.proxyserviceports OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
13c0e0661015
\.


--
-- Data for Name: deviceattributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.deviceattributes (id, device_id, key, value) FROM stdin;
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.devices (id, tenant_id, name, template_id, instance_id, mgmt_url, status, description) FROM stdin;
\.


--
-- Data for Name: devicetemplateattributes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.devicetemplateattributes (id, template_id, key, value) FROM stdin;
\.


--
-- Data for Name: devicetemplates; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.devicetemplates (id, tenant_id, name, description, infra_driver, mgmt_driver) FROM stdin;
\.


--
-- Data for Name: proxymgmtports; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.proxymgmtports (device_id, port_id, dst_transport_url, svr_proxy_id, svr_ns_proxy_id, clt_proxy_id, clt_ns_proxy_id) FROM stdin;
\.


--
-- Data for Name: proxyserviceports; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.proxyserviceports (service_instance_id, svr_proxy_id, svr_ns_proxy_id, clt_proxy_id, clt_ns_proxy_id) FROM stdin;
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: deviceattributes deviceattributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deviceattributes
    ADD CONSTRAINT deviceattributes_pkey PRIMARY KEY (id);


--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (id);


--
-- Name: devicetemplateattributes devicetemplateattributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devicetemplateattributes
    ADD CONSTRAINT devicetemplateattributes_pkey PRIMARY KEY (id);


--
-- Name: devicetemplates devicetemplates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devicetemplates
    ADD CONSTRAINT devicetemplates_pkey PRIMARY KEY (id);


--
-- Name: proxymgmtports proxymgmtports_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxymgmtports
    ADD CONSTRAINT proxymgmtports_pkey PRIMARY KEY (device_id);


--
-- Name: proxyserviceports proxyserviceports_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxyserviceports
    ADD CONSTRAINT proxyserviceports_pkey PRIMARY KEY (service_instance_id);


--
-- Name: deviceattributes deviceattributes_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.deviceattributes
    ADD CONSTRAINT deviceattributes_device_id_fkey FOREIGN KEY (device_id) REFERENCES public.devices(id);


--
-- Name: devices devices_template_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT devices_template_id_fkey FOREIGN KEY (template_id) REFERENCES public.devicetemplates(id);


--
-- Name: devicetemplateattributes devicetemplateattributes_template_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.devicetemplateattributes
    ADD CONSTRAINT devicetemplateattributes_template_id_fkey FOREIGN KEY (template_id) REFERENCES public.devicetemplates(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

