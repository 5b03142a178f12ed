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
-- Name: zuul_artifact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_artifact (
    id integer NOT NULL,
    build_id integer,
    name character varying(255),
    url text,
    metadata text
);


ALTER TABLE public.zuul_artifact OWNER TO postgres;

--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_artifact_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_artifact_id_seq OWNER TO postgres;

--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_artifact_id_seq OWNED BY public.zuul_artifact.id;


--
-- Name: zuul_build; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_build (
    id integer CONSTRAINT zuul_build_new_id_not_null NOT NULL,
    buildset_id integer,
    uuid character varying(36),
    job_name character varying(255),
    result character varying(255),
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    voting boolean,
    log_url character varying(255),
    error_detail text,
    final boolean,
    held boolean,
    nodeset character varying(255),
    ref_id integer,
    execute_time timestamp without time zone
);


ALTER TABLE public.zuul_build OWNER TO postgres;

--
-- Name: zuul_build_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_build_event (
    id integer NOT NULL,
    build_id integer,
    event_time timestamp without time zone,
    event_type character varying(255),
    description text
);


ALTER TABLE public.zuul_build_event OWNER TO postgres;

--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_build_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_build_event_id_seq OWNER TO postgres;

--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_build_event_id_seq OWNED BY public.zuul_build_event.id;


--
-- Name: zuul_build_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_build_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_build_id_seq OWNER TO postgres;

--
-- Name: zuul_build_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_build_id_seq OWNED BY public.zuul_build.id;


--
-- Name: zuul_buildset; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_buildset (
    id integer CONSTRAINT zuul_buildset_new_id_not_null NOT NULL,
    pipeline character varying(255),
    message text,
    tenant character varying(255),
    result character varying(255),
    uuid character varying(36),
    event_id character varying(255),
    event_timestamp timestamp without time zone,
    first_build_start_time timestamp without time zone,
    last_build_end_time timestamp without time zone,
    updated timestamp without time zone,
    queue_item_uuid character varying(36)
);


ALTER TABLE public.zuul_buildset OWNER TO postgres;

--
-- Name: zuul_buildset_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_buildset_event (
    id integer NOT NULL,
    buildset_id integer,
    event_time timestamp without time zone,
    event_type character varying(255),
    description text
);


ALTER TABLE public.zuul_buildset_event OWNER TO postgres;

--
-- Name: zuul_buildset_event_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_buildset_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_buildset_event_id_seq OWNER TO postgres;

--
-- Name: zuul_buildset_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_buildset_event_id_seq OWNED BY public.zuul_buildset_event.id;


--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_buildset_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_buildset_id_seq OWNER TO postgres;

--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_buildset_id_seq OWNED BY public.zuul_buildset.id;


--
-- Name: zuul_buildset_ref; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_buildset_ref (
    buildset_id integer NOT NULL,
    ref_id integer NOT NULL
);


ALTER TABLE public.zuul_buildset_ref OWNER TO postgres;

--
-- Name: zuul_provides; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_provides (
    id integer NOT NULL,
    build_id integer,
    name character varying(255)
);


ALTER TABLE public.zuul_provides OWNER TO postgres;

--
-- Name: zuul_provides_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_provides_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_provides_id_seq OWNER TO postgres;

--
-- Name: zuul_provides_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_provides_id_seq OWNED BY public.zuul_provides.id;


--
-- Name: zuul_ref; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_ref (
    id integer NOT NULL,
    project character varying(255) NOT NULL,
    ref character varying(255) NOT NULL,
    ref_url character varying(255) NOT NULL,
    change integer NOT NULL,
    patchset character varying(40) NOT NULL,
    oldrev character varying(40) NOT NULL,
    newrev character varying(40) NOT NULL,
    branch character varying(255) NOT NULL
);


ALTER TABLE public.zuul_ref OWNER TO postgres;

--
-- Name: zuul_ref_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_ref_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_ref_id_seq OWNER TO postgres;

--
-- Name: zuul_ref_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_ref_id_seq OWNED BY public.zuul_ref.id;


--
-- Name: zuul_system_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zuul_system_event (
    id integer NOT NULL,
    tenant character varying(255),
    event_id character varying(255),
    event_time timestamp without time zone,
    event_type character varying(255),
    description text
);


ALTER TABLE public.zuul_system_event OWNER TO postgres;

--
-- Name: zuul_system_event_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.zuul_system_event_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.zuul_system_event_id_seq OWNER TO postgres;

--
-- Name: zuul_system_event_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.zuul_system_event_id_seq OWNED BY public.zuul_system_event.id;


--
-- Name: zuul_artifact id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact ALTER COLUMN id SET DEFAULT nextval('public.zuul_artifact_id_seq'::regclass);


--
-- Name: zuul_build id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build ALTER COLUMN id SET DEFAULT nextval('public.zuul_build_id_seq'::regclass);


--
-- Name: zuul_build_event id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event ALTER COLUMN id SET DEFAULT nextval('public.zuul_build_event_id_seq'::regclass);


--
-- Name: zuul_buildset id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset ALTER COLUMN id SET DEFAULT nextval('public.zuul_buildset_id_seq'::regclass);


--
-- Name: zuul_buildset_event id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_event ALTER COLUMN id SET DEFAULT nextval('public.zuul_buildset_event_id_seq'::regclass);


--
-- Name: zuul_provides id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides ALTER COLUMN id SET DEFAULT nextval('public.zuul_provides_id_seq'::regclass);


--
-- Name: zuul_ref id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_ref ALTER COLUMN id SET DEFAULT nextval('public.zuul_ref_id_seq'::regclass);


--
-- Name: zuul_system_event id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_system_event ALTER COLUMN id SET DEFAULT nextval('public.zuul_system_event_id_seq'::regclass);


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
21d30f0bffef
\.


--
-- Data for Name: zuul_artifact; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_artifact (id, build_id, name, url, metadata) FROM stdin;
\.


--
-- Data for Name: zuul_build; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_build (id, buildset_id, uuid, job_name, result, start_time, end_time, voting, log_url, error_detail, final, held, nodeset, ref_id, execute_time) FROM stdin;
\.


--
-- Data for Name: zuul_build_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_build_event (id, build_id, event_time, event_type, description) FROM stdin;
\.


--
-- Data for Name: zuul_buildset; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_buildset (id, pipeline, message, tenant, result, uuid, event_id, event_timestamp, first_build_start_time, last_build_end_time, updated, queue_item_uuid) FROM stdin;
\.


--
-- Data for Name: zuul_buildset_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_buildset_event (id, buildset_id, event_time, event_type, description) FROM stdin;
\.


--
-- Data for Name: zuul_buildset_ref; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_buildset_ref (buildset_id, ref_id) FROM stdin;
\.


--
-- Data for Name: zuul_provides; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_provides (id, build_id, name) FROM stdin;
\.


--
-- Data for Name: zuul_ref; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_ref (id, project, ref, ref_url, change, patchset, oldrev, newrev, branch) FROM stdin;
\.


--
-- Data for Name: zuul_system_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.zuul_system_event (id, tenant, event_id, event_time, event_type, description) FROM stdin;
\.


--
-- Name: zuul_artifact_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_artifact_id_seq', 1, false);


--
-- Name: zuul_build_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_build_event_id_seq', 1, false);


--
-- Name: zuul_build_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_build_id_seq', 1, false);


--
-- Name: zuul_buildset_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_buildset_event_id_seq', 1, false);


--
-- Name: zuul_buildset_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_buildset_id_seq', 1, false);


--
-- Name: zuul_provides_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_provides_id_seq', 1, false);


--
-- Name: zuul_ref_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_ref_id_seq', 1, false);


--
-- Name: zuul_system_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.zuul_system_event_id_seq', 1, false);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: zuul_artifact zuul_artifact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact
    ADD CONSTRAINT zuul_artifact_pkey PRIMARY KEY (id);


--
-- Name: zuul_build_event zuul_build_event_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event
    ADD CONSTRAINT zuul_build_event_pkey PRIMARY KEY (id);


--
-- Name: zuul_build zuul_build_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build
    ADD CONSTRAINT zuul_build_pkey PRIMARY KEY (id);


--
-- Name: zuul_buildset_event zuul_buildset_event_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_event
    ADD CONSTRAINT zuul_buildset_event_pkey PRIMARY KEY (id);


--
-- Name: zuul_buildset zuul_buildset_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset
    ADD CONSTRAINT zuul_buildset_pkey PRIMARY KEY (id);


--
-- Name: zuul_buildset_ref zuul_buildset_ref_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_ref
    ADD CONSTRAINT zuul_buildset_ref_pkey PRIMARY KEY (buildset_id, ref_id);


--
-- Name: zuul_provides zuul_provides_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides
    ADD CONSTRAINT zuul_provides_pkey PRIMARY KEY (id);


--
-- Name: zuul_ref zuul_ref_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_ref
    ADD CONSTRAINT zuul_ref_pkey PRIMARY KEY (id);


--
-- Name: zuul_ref zuul_ref_unique; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_ref
    ADD CONSTRAINT zuul_ref_unique UNIQUE (project, ref, change, patchset, oldrev, newrev);


--
-- Name: zuul_system_event zuul_system_event_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_system_event
    ADD CONSTRAINT zuul_system_event_pkey PRIMARY KEY (id);


--
-- Name: zuul_artifact_build_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_artifact_build_id_idx ON public.zuul_artifact USING btree (build_id);


--
-- Name: zuul_build_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_buildset_id_idx ON public.zuul_build USING btree (buildset_id);


--
-- Name: zuul_build_end_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_end_time_idx ON public.zuul_build USING btree (end_time);


--
-- Name: zuul_build_event_build_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_event_build_id_idx ON public.zuul_build_event USING btree (build_id);


--
-- Name: zuul_build_job_name_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_job_name_buildset_id_idx ON public.zuul_build USING btree (job_name, buildset_id);


--
-- Name: zuul_build_ref_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_ref_id_idx ON public.zuul_build USING btree (ref_id);


--
-- Name: zuul_build_uuid_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_build_uuid_buildset_id_idx ON public.zuul_build USING btree (uuid, buildset_id);


--
-- Name: zuul_buildset_event_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_event_buildset_id_idx ON public.zuul_buildset_event USING btree (buildset_id);


--
-- Name: zuul_buildset_queue_item_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_queue_item_uuid_idx ON public.zuul_buildset USING btree (queue_item_uuid);


--
-- Name: zuul_buildset_ref_buildset_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_ref_buildset_id_idx ON public.zuul_buildset_ref USING btree (buildset_id);


--
-- Name: zuul_buildset_ref_ref_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_ref_ref_id_idx ON public.zuul_buildset_ref USING btree (ref_id);


--
-- Name: zuul_buildset_tenant_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_tenant_idx ON public.zuul_buildset USING btree (tenant);


--
-- Name: zuul_buildset_uuid_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_buildset_uuid_idx ON public.zuul_buildset USING btree (uuid);


--
-- Name: zuul_provides_build_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_provides_build_id_idx ON public.zuul_provides USING btree (build_id);


--
-- Name: zuul_ref_branch_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_branch_idx ON public.zuul_ref USING btree (branch);


--
-- Name: zuul_ref_change_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_change_idx ON public.zuul_ref USING btree (change);


--
-- Name: zuul_ref_newrev_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_newrev_idx ON public.zuul_ref USING btree (newrev);


--
-- Name: zuul_ref_oldrev_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_oldrev_idx ON public.zuul_ref USING btree (oldrev);


--
-- Name: zuul_ref_patchset_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_patchset_idx ON public.zuul_ref USING btree (patchset);


--
-- Name: zuul_ref_project_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_project_idx ON public.zuul_ref USING btree (project);


--
-- Name: zuul_ref_ref_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_ref_ref_idx ON public.zuul_ref USING btree (ref);


--
-- Name: zuul_system_event_event_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_system_event_event_id_idx ON public.zuul_system_event USING btree (event_id);


--
-- Name: zuul_system_event_event_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_system_event_event_time_idx ON public.zuul_system_event USING btree (event_time);


--
-- Name: zuul_system_event_event_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_system_event_event_type_idx ON public.zuul_system_event USING btree (event_type);


--
-- Name: zuul_system_event_tenant_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zuul_system_event_tenant_idx ON public.zuul_system_event USING btree (tenant);


--
-- Name: zuul_artifact zuul_artifact_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_artifact
    ADD CONSTRAINT zuul_artifact_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- Name: zuul_build zuul_build_buildset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build
    ADD CONSTRAINT zuul_build_buildset_id_fkey FOREIGN KEY (buildset_id) REFERENCES public.zuul_buildset(id);


--
-- Name: zuul_build_event zuul_build_event_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build_event
    ADD CONSTRAINT zuul_build_event_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- Name: zuul_build zuul_build_ref_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_build
    ADD CONSTRAINT zuul_build_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES public.zuul_ref(id);


--
-- Name: zuul_buildset_event zuul_buildset_event_buildset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_event
    ADD CONSTRAINT zuul_buildset_event_buildset_id_fkey FOREIGN KEY (buildset_id) REFERENCES public.zuul_buildset(id);


--
-- Name: zuul_buildset_ref zuul_buildset_ref_buildset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_ref
    ADD CONSTRAINT zuul_buildset_ref_buildset_id_fkey FOREIGN KEY (buildset_id) REFERENCES public.zuul_buildset(id);


--
-- Name: zuul_buildset_ref zuul_buildset_ref_ref_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_buildset_ref
    ADD CONSTRAINT zuul_buildset_ref_ref_id_fkey FOREIGN KEY (ref_id) REFERENCES public.zuul_ref(id);


--
-- Name: zuul_provides zuul_provides_build_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zuul_provides
    ADD CONSTRAINT zuul_provides_build_id_fkey FOREIGN KEY (build_id) REFERENCES public.zuul_build(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

