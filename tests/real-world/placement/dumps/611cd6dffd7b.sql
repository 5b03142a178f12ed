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
    id integer NOT NULL,
    resource_provider_id integer NOT NULL,
    consumer_id character varying(36) NOT NULL,
    resource_class_id integer NOT NULL,
    used integer NOT NULL
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
-- Name: consumers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.consumers (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    generation integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.consumers OWNER TO postgres;

--
-- Name: consumers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.consumers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.consumers_id_seq OWNER TO postgres;

--
-- Name: consumers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.consumers_id_seq OWNED BY public.consumers.id;


--
-- Name: inventories; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.inventories (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    resource_provider_id integer NOT NULL,
    resource_class_id integer NOT NULL,
    total integer NOT NULL,
    reserved integer NOT NULL,
    min_unit integer NOT NULL,
    max_unit integer NOT NULL,
    step_size integer NOT NULL,
    allocation_ratio double precision NOT NULL
);


ALTER TABLE public.inventories OWNER TO postgres;

--
-- Name: inventories_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.inventories_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.inventories_id_seq OWNER TO postgres;

--
-- Name: inventories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.inventories_id_seq OWNED BY public.inventories.id;


--
-- Name: placement_aggregates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.placement_aggregates (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36)
);


ALTER TABLE public.placement_aggregates OWNER TO postgres;

--
-- Name: placement_aggregates_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.placement_aggregates_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.placement_aggregates_id_seq OWNER TO postgres;

--
-- Name: placement_aggregates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.placement_aggregates_id_seq OWNED BY public.placement_aggregates.id;


--
-- Name: projects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.projects (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    external_id character varying(255) NOT NULL
);


ALTER TABLE public.projects OWNER TO postgres;

--
-- Name: projects_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.projects_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.projects_id_seq OWNER TO postgres;

--
-- Name: projects_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;


--
-- Name: resource_classes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resource_classes (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    name character varying(255) NOT NULL
);


ALTER TABLE public.resource_classes OWNER TO postgres;

--
-- Name: resource_classes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.resource_classes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.resource_classes_id_seq OWNER TO postgres;

--
-- Name: resource_classes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.resource_classes_id_seq OWNED BY public.resource_classes.id;


--
-- Name: resource_provider_aggregates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resource_provider_aggregates (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    resource_provider_id integer NOT NULL,
    aggregate_id integer NOT NULL
);


ALTER TABLE public.resource_provider_aggregates OWNER TO postgres;

--
-- Name: resource_provider_traits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resource_provider_traits (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    trait_id integer NOT NULL,
    resource_provider_id integer NOT NULL
);


ALTER TABLE public.resource_provider_traits OWNER TO postgres;

--
-- Name: resource_providers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.resource_providers (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    uuid character varying(36) NOT NULL,
    name character varying(200),
    generation integer,
    root_provider_id integer,
    parent_provider_id integer
);


ALTER TABLE public.resource_providers OWNER TO postgres;

--
-- Name: resource_providers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.resource_providers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.resource_providers_id_seq OWNER TO postgres;

--
-- Name: resource_providers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.resource_providers_id_seq OWNED BY public.resource_providers.id;


--
-- Name: traits; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.traits (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    name character varying(255) NOT NULL
);


ALTER TABLE public.traits OWNER TO postgres;

--
-- Name: traits_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.traits_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.traits_id_seq OWNER TO postgres;

--
-- Name: traits_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.traits_id_seq OWNED BY public.traits.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id integer NOT NULL,
    external_id character varying(255) NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.users_id_seq OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: allocations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.allocations ALTER COLUMN id SET DEFAULT nextval('public.allocations_id_seq'::regclass);


--
-- Name: consumers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.consumers ALTER COLUMN id SET DEFAULT nextval('public.consumers_id_seq'::regclass);


--
-- Name: inventories id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventories ALTER COLUMN id SET DEFAULT nextval('public.inventories_id_seq'::regclass);


--
-- Name: placement_aggregates id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.placement_aggregates ALTER COLUMN id SET DEFAULT nextval('public.placement_aggregates_id_seq'::regclass);


--
-- Name: projects id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects ALTER COLUMN id SET DEFAULT nextval('public.projects_id_seq'::regclass);


--
-- Name: resource_classes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_classes ALTER COLUMN id SET DEFAULT nextval('public.resource_classes_id_seq'::regclass);


--
-- Name: resource_providers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers ALTER COLUMN id SET DEFAULT nextval('public.resource_providers_id_seq'::regclass);


--
-- Name: traits id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.traits ALTER COLUMN id SET DEFAULT nextval('public.traits_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
b4ed3a175331
\.


--
-- Data for Name: allocations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.allocations (created_at, updated_at, id, resource_provider_id, consumer_id, resource_class_id, used) FROM stdin;
\.


--
-- Data for Name: consumers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.consumers (created_at, updated_at, id, uuid, project_id, user_id, generation) FROM stdin;
\.


--
-- Data for Name: inventories; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.inventories (created_at, updated_at, id, resource_provider_id, resource_class_id, total, reserved, min_unit, max_unit, step_size, allocation_ratio) FROM stdin;
\.


--
-- Data for Name: placement_aggregates; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.placement_aggregates (created_at, updated_at, id, uuid) FROM stdin;
\.


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.projects (created_at, updated_at, id, external_id) FROM stdin;
\.


--
-- Data for Name: resource_classes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.resource_classes (created_at, updated_at, id, name) FROM stdin;
\.


--
-- Data for Name: resource_provider_aggregates; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.resource_provider_aggregates (created_at, updated_at, resource_provider_id, aggregate_id) FROM stdin;
\.


--
-- Data for Name: resource_provider_traits; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.resource_provider_traits (created_at, updated_at, trait_id, resource_provider_id) FROM stdin;
\.


--
-- Data for Name: resource_providers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.resource_providers (created_at, updated_at, id, uuid, name, generation, root_provider_id, parent_provider_id) FROM stdin;
\.


--
-- Data for Name: traits; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.traits (created_at, updated_at, id, name) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (created_at, updated_at, id, external_id) FROM stdin;
\.


--
-- Name: allocations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.allocations_id_seq', 1, false);


--
-- Name: consumers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.consumers_id_seq', 1, false);


--
-- Name: inventories_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.inventories_id_seq', 1, false);


--
-- Name: placement_aggregates_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.placement_aggregates_id_seq', 1, false);


--
-- Name: projects_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.projects_id_seq', 1, false);


--
-- Name: resource_classes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.resource_classes_id_seq', 1, false);


--
-- Name: resource_providers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.resource_providers_id_seq', 1, false);


--
-- Name: traits_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.traits_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.users_id_seq', 1, false);


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
-- Name: consumers consumers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.consumers
    ADD CONSTRAINT consumers_pkey PRIMARY KEY (id);


--
-- Name: inventories inventories_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventories
    ADD CONSTRAINT inventories_pkey PRIMARY KEY (id);


--
-- Name: placement_aggregates placement_aggregates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.placement_aggregates
    ADD CONSTRAINT placement_aggregates_pkey PRIMARY KEY (id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: resource_classes resource_classes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_classes
    ADD CONSTRAINT resource_classes_pkey PRIMARY KEY (id);


--
-- Name: resource_provider_aggregates resource_provider_aggregates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_provider_aggregates
    ADD CONSTRAINT resource_provider_aggregates_pkey PRIMARY KEY (resource_provider_id, aggregate_id);


--
-- Name: resource_provider_traits resource_provider_traits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_provider_traits
    ADD CONSTRAINT resource_provider_traits_pkey PRIMARY KEY (trait_id, resource_provider_id);


--
-- Name: resource_providers resource_providers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers
    ADD CONSTRAINT resource_providers_pkey PRIMARY KEY (id);


--
-- Name: traits traits_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.traits
    ADD CONSTRAINT traits_pkey PRIMARY KEY (id);


--
-- Name: consumers uniq_consumers0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.consumers
    ADD CONSTRAINT uniq_consumers0uuid UNIQUE (uuid);


--
-- Name: inventories uniq_inventories0resource_provider_resource_class; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventories
    ADD CONSTRAINT uniq_inventories0resource_provider_resource_class UNIQUE (resource_provider_id, resource_class_id);


--
-- Name: placement_aggregates uniq_placement_aggregates0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.placement_aggregates
    ADD CONSTRAINT uniq_placement_aggregates0uuid UNIQUE (uuid);


--
-- Name: projects uniq_projects0external_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT uniq_projects0external_id UNIQUE (external_id);


--
-- Name: resource_classes uniq_resource_classes0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_classes
    ADD CONSTRAINT uniq_resource_classes0name UNIQUE (name);


--
-- Name: resource_providers uniq_resource_providers0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers
    ADD CONSTRAINT uniq_resource_providers0name UNIQUE (name);


--
-- Name: resource_providers uniq_resource_providers0uuid; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers
    ADD CONSTRAINT uniq_resource_providers0uuid UNIQUE (uuid);


--
-- Name: traits uniq_traits0name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.traits
    ADD CONSTRAINT uniq_traits0name UNIQUE (name);


--
-- Name: users uniq_users0external_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT uniq_users0external_id UNIQUE (external_id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: allocations_consumer_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX allocations_consumer_id_idx ON public.allocations USING btree (consumer_id);


--
-- Name: allocations_resource_class_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX allocations_resource_class_id_idx ON public.allocations USING btree (resource_class_id);


--
-- Name: allocations_resource_provider_class_used_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX allocations_resource_provider_class_used_idx ON public.allocations USING btree (resource_provider_id, resource_class_id, used);


--
-- Name: consumers_project_id_user_id_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX consumers_project_id_user_id_uuid_idx ON public.consumers USING btree (project_id, user_id, uuid);


--
-- Name: consumers_project_id_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX consumers_project_id_uuid_idx ON public.consumers USING btree (project_id, uuid);


--
-- Name: inventories_resource_class_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX inventories_resource_class_id_idx ON public.inventories USING btree (resource_class_id);


--
-- Name: inventories_resource_provider_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX inventories_resource_provider_id_idx ON public.inventories USING btree (resource_provider_id);


--
-- Name: inventories_resource_provider_resource_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX inventories_resource_provider_resource_class_idx ON public.inventories USING btree (resource_provider_id, resource_class_id);


--
-- Name: ix_placement_aggregates_uuid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_placement_aggregates_uuid ON public.placement_aggregates USING btree (uuid);


--
-- Name: resource_provider_aggregates_aggregate_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_provider_aggregates_aggregate_id_idx ON public.resource_provider_aggregates USING btree (aggregate_id);


--
-- Name: resource_provider_traits_resource_provider_trait_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_provider_traits_resource_provider_trait_idx ON public.resource_provider_traits USING btree (resource_provider_id, trait_id);


--
-- Name: resource_providers_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_providers_name_idx ON public.resource_providers USING btree (name);


--
-- Name: resource_providers_parent_provider_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_providers_parent_provider_id_idx ON public.resource_providers USING btree (parent_provider_id);


--
-- Name: resource_providers_root_provider_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_providers_root_provider_id_idx ON public.resource_providers USING btree (root_provider_id);


--
-- Name: resource_providers_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX resource_providers_uuid_idx ON public.resource_providers USING btree (uuid);


--
-- Name: resource_provider_traits resource_provider_traits_resource_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_provider_traits
    ADD CONSTRAINT resource_provider_traits_resource_provider_id_fkey FOREIGN KEY (resource_provider_id) REFERENCES public.resource_providers(id);


--
-- Name: resource_provider_traits resource_provider_traits_trait_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_provider_traits
    ADD CONSTRAINT resource_provider_traits_trait_id_fkey FOREIGN KEY (trait_id) REFERENCES public.traits(id);


--
-- Name: resource_providers resource_providers_parent_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers
    ADD CONSTRAINT resource_providers_parent_provider_id_fkey FOREIGN KEY (parent_provider_id) REFERENCES public.resource_providers(id);


--
-- Name: resource_providers resource_providers_root_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.resource_providers
    ADD CONSTRAINT resource_providers_root_provider_id_fkey FOREIGN KEY (root_provider_id) REFERENCES public.resource_providers(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

