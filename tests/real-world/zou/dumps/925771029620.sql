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
-- Name: import_source_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.import_source_enum AS ENUM (
    'csv',
    'shotgun'
);


ALTER TYPE public.import_source_enum OWNER TO postgres;

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
-- Name: api_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_event (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    user_id uuid,
    data jsonb
);


ALTER TABLE public.api_event OWNER TO postgres;

--
-- Name: asset_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_instance (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    asset_id uuid NOT NULL,
    entity_id uuid,
    entity_type_id uuid,
    name character varying(80),
    number integer,
    description character varying(200),
    data jsonb,
    active boolean,
    scene_id uuid
);


ALTER TABLE public.asset_instance OWNER TO postgres;

--
-- Name: asset_instance_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_instance_link (
    entity_id uuid NOT NULL,
    asset_instance_id uuid NOT NULL
);


ALTER TABLE public.asset_instance_link OWNER TO postgres;

--
-- Name: assignations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.assignations (
    task uuid NOT NULL,
    person uuid NOT NULL
);


ALTER TABLE public.assignations OWNER TO postgres;

--
-- Name: comment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    shotgun_id integer,
    object_id uuid NOT NULL,
    object_type character varying(80) NOT NULL,
    text text,
    data jsonb,
    task_status_id uuid,
    person_id uuid NOT NULL,
    preview_file_id uuid
);


ALTER TABLE public.comment OWNER TO postgres;

--
-- Name: custom_action; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.custom_action (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    url character varying(400),
    entity_type character varying(40)
);


ALTER TABLE public.custom_action OWNER TO postgres;

--
-- Name: data_import_error; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.data_import_error (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    event_data jsonb NOT NULL,
    source public.import_source_enum
);


ALTER TABLE public.data_import_error OWNER TO postgres;

--
-- Name: department; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.department (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    color character varying(7) NOT NULL
);


ALTER TABLE public.department OWNER TO postgres;

--
-- Name: department_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.department_link (
    person_id uuid,
    department_id uuid
);


ALTER TABLE public.department_link OWNER TO postgres;

--
-- Name: desktop_login_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.desktop_login_log (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    person_id uuid NOT NULL,
    date timestamp without time zone NOT NULL
);


ALTER TABLE public.desktop_login_log OWNER TO postgres;

--
-- Name: entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity (
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    id uuid NOT NULL,
    name character varying(160) NOT NULL,
    description character varying(600),
    shotgun_id integer,
    canceled boolean,
    project_id uuid NOT NULL,
    entity_type_id uuid NOT NULL,
    parent_id uuid,
    data jsonb,
    preview_file_id uuid,
    source_id uuid
);


ALTER TABLE public.entity OWNER TO postgres;

--
-- Name: entity_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_link (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    entity_in_id uuid NOT NULL,
    entity_out_id uuid NOT NULL,
    nb_occurences integer
);


ALTER TABLE public.entity_link OWNER TO postgres;

--
-- Name: entity_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_type (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(30) NOT NULL
);


ALTER TABLE public.entity_type OWNER TO postgres;

--
-- Name: file_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_status (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(40) NOT NULL,
    color character varying(7) NOT NULL
);


ALTER TABLE public.file_status OWNER TO postgres;

--
-- Name: notification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    read boolean NOT NULL,
    change boolean NOT NULL,
    person_id uuid NOT NULL,
    author_id uuid NOT NULL,
    comment_id uuid NOT NULL,
    task_id uuid NOT NULL
);


ALTER TABLE public.notification OWNER TO postgres;

--
-- Name: output_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.output_file (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    shotgun_id integer,
    name character varying(250) NOT NULL,
    extension character varying(10),
    description text,
    comment text,
    revision integer NOT NULL,
    size integer,
    checksum character varying(32),
    source character varying(40),
    path character varying(400),
    representation character varying(20),
    nb_elements integer,
    canceled boolean NOT NULL,
    file_status_id uuid NOT NULL,
    entity_id uuid,
    asset_instance_id uuid,
    output_type_id uuid,
    task_type_id uuid,
    person_id uuid,
    source_file_id uuid,
    temporal_entity_id uuid
);


ALTER TABLE public.output_file OWNER TO postgres;

--
-- Name: output_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.output_type (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(40) NOT NULL,
    short_name character varying(20) NOT NULL
);


ALTER TABLE public.output_type OWNER TO postgres;

--
-- Name: person; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.person (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    email character varying(255),
    phone character varying(30),
    active boolean,
    last_presence date,
    password bytea,
    desktop_login character varying(80),
    shotgun_id integer,
    timezone character varying(50),
    locale character varying(10),
    data jsonb,
    role character varying(30),
    has_avatar boolean
);


ALTER TABLE public.person OWNER TO postgres;

--
-- Name: playlist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.playlist (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    shots jsonb,
    project_id uuid,
    episode_id uuid
);


ALTER TABLE public.playlist OWNER TO postgres;

--
-- Name: preview_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.preview_file (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(250),
    revision integer,
    description text,
    source character varying(40),
    shotgun_id integer,
    is_movie boolean,
    url character varying(600),
    uploaded_movie_url character varying(600),
    uploaded_movie_name character varying(150),
    task_id uuid,
    person_id uuid,
    source_file_id uuid,
    path character varying(400),
    extension character varying(6)
);


ALTER TABLE public.preview_file OWNER TO postgres;

--
-- Name: project; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    description character varying(200),
    shotgun_id integer,
    file_tree jsonb,
    data jsonb,
    project_status_id uuid,
    has_avatar boolean,
    fps character varying(10),
    ratio character varying(10),
    resolution character varying(12),
    production_type character varying(20)
);


ALTER TABLE public.project OWNER TO postgres;

--
-- Name: project_person_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_person_link (
    project_id uuid NOT NULL,
    person_id uuid NOT NULL,
    shotgun_id integer
);


ALTER TABLE public.project_person_link OWNER TO postgres;

--
-- Name: project_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_status (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(20) NOT NULL,
    color character varying(7) NOT NULL
);


ALTER TABLE public.project_status OWNER TO postgres;

--
-- Name: search_filter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.search_filter (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    list_type character varying(80) NOT NULL,
    name character varying(200) NOT NULL,
    search_query character varying(200) NOT NULL,
    person_id uuid,
    project_id uuid
);


ALTER TABLE public.search_filter OWNER TO postgres;

--
-- Name: software; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.software (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(40) NOT NULL,
    short_name character varying(20) NOT NULL,
    file_extension character varying(20) NOT NULL,
    secondary_extensions jsonb
);


ALTER TABLE public.software OWNER TO postgres;

--
-- Name: subscription; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.subscription (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    person_id uuid NOT NULL,
    task_id uuid,
    entity_id uuid,
    task_type_id uuid
);


ALTER TABLE public.subscription OWNER TO postgres;

--
-- Name: task; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(80) NOT NULL,
    description character varying(200),
    duration integer,
    estimation integer,
    completion_rate integer,
    sort_order integer,
    start_date timestamp without time zone,
    end_date timestamp without time zone,
    due_date timestamp without time zone,
    real_start_date timestamp without time zone,
    shotgun_id integer,
    project_id uuid,
    task_type_id uuid,
    task_status_id uuid,
    entity_id uuid,
    assigner_id uuid,
    priority integer
);


ALTER TABLE public.task OWNER TO postgres;

--
-- Name: task_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_status (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(40) NOT NULL,
    short_name character varying(10) NOT NULL,
    color character varying(7) NOT NULL,
    is_reviewable boolean,
    is_done boolean,
    shotgun_id integer
);


ALTER TABLE public.task_status OWNER TO postgres;

--
-- Name: task_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_type (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying(40) NOT NULL,
    short_name character varying(10),
    color character varying(7),
    priority integer,
    for_shots boolean,
    shotgun_id integer,
    department_id uuid,
    for_entity character varying(10),
    allow_timelog boolean
);


ALTER TABLE public.task_type OWNER TO postgres;

--
-- Name: time_spent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.time_spent (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    duration integer NOT NULL,
    date date NOT NULL,
    task_id uuid,
    person_id uuid
);


ALTER TABLE public.time_spent OWNER TO postgres;

--
-- Name: working_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.working_file (
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    shotgun_id integer,
    name character varying(250),
    description character varying(200),
    comment text,
    revision integer,
    size integer,
    checksum integer,
    path character varying(400),
    task_id uuid,
    entity_id uuid,
    person_id uuid,
    software_id uuid
);


ALTER TABLE public.working_file OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
fb6b6f188497
\.


--
-- Data for Name: api_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.api_event (id, created_at, updated_at, name, user_id, data) FROM stdin;
\.


--
-- Data for Name: asset_instance; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.asset_instance (id, created_at, updated_at, asset_id, entity_id, entity_type_id, name, number, description, data, active, scene_id) FROM stdin;
\.


--
-- Data for Name: asset_instance_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.asset_instance_link (entity_id, asset_instance_id) FROM stdin;
\.


--
-- Data for Name: assignations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.assignations (task, person) FROM stdin;
\.


--
-- Data for Name: comment; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment (id, created_at, updated_at, shotgun_id, object_id, object_type, text, data, task_status_id, person_id, preview_file_id) FROM stdin;
\.


--
-- Data for Name: custom_action; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.custom_action (id, created_at, updated_at, name, url, entity_type) FROM stdin;
\.


--
-- Data for Name: data_import_error; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.data_import_error (id, created_at, updated_at, event_data, source) FROM stdin;
\.


--
-- Data for Name: department; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.department (id, created_at, updated_at, name, color) FROM stdin;
\.


--
-- Data for Name: department_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.department_link (person_id, department_id) FROM stdin;
\.


--
-- Data for Name: desktop_login_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.desktop_login_log (id, created_at, updated_at, person_id, date) FROM stdin;
\.


--
-- Data for Name: entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity (created_at, updated_at, id, name, description, shotgun_id, canceled, project_id, entity_type_id, parent_id, data, preview_file_id, source_id) FROM stdin;
\.


--
-- Data for Name: entity_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_link (id, created_at, updated_at, entity_in_id, entity_out_id, nb_occurences) FROM stdin;
\.


--
-- Data for Name: entity_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_type (id, created_at, updated_at, name) FROM stdin;
\.


--
-- Data for Name: file_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.file_status (id, created_at, updated_at, name, color) FROM stdin;
\.


--
-- Data for Name: notification; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notification (id, created_at, updated_at, read, change, person_id, author_id, comment_id, task_id) FROM stdin;
\.


--
-- Data for Name: output_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.output_file (id, created_at, updated_at, shotgun_id, name, extension, description, comment, revision, size, checksum, source, path, representation, nb_elements, canceled, file_status_id, entity_id, asset_instance_id, output_type_id, task_type_id, person_id, source_file_id, temporal_entity_id) FROM stdin;
\.


--
-- Data for Name: output_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.output_type (id, created_at, updated_at, name, short_name) FROM stdin;
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.person (id, created_at, updated_at, first_name, last_name, email, phone, active, last_presence, password, desktop_login, shotgun_id, timezone, locale, data, role, has_avatar) FROM stdin;
\.


--
-- Data for Name: playlist; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.playlist (id, created_at, updated_at, name, shots, project_id, episode_id) FROM stdin;
\.


--
-- Data for Name: preview_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.preview_file (id, created_at, updated_at, name, revision, description, source, shotgun_id, is_movie, url, uploaded_movie_url, uploaded_movie_name, task_id, person_id, source_file_id, path, extension) FROM stdin;
\.


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project (id, created_at, updated_at, name, description, shotgun_id, file_tree, data, project_status_id, has_avatar, fps, ratio, resolution, production_type) FROM stdin;
\.


--
-- Data for Name: project_person_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_person_link (project_id, person_id, shotgun_id) FROM stdin;
\.


--
-- Data for Name: project_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_status (id, created_at, updated_at, name, color) FROM stdin;
\.


--
-- Data for Name: search_filter; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.search_filter (id, created_at, updated_at, list_type, name, search_query, person_id, project_id) FROM stdin;
\.


--
-- Data for Name: software; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.software (id, created_at, updated_at, name, short_name, file_extension, secondary_extensions) FROM stdin;
\.


--
-- Data for Name: subscription; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.subscription (id, created_at, updated_at, person_id, task_id, entity_id, task_type_id) FROM stdin;
\.


--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task (id, created_at, updated_at, name, description, duration, estimation, completion_rate, sort_order, start_date, end_date, due_date, real_start_date, shotgun_id, project_id, task_type_id, task_status_id, entity_id, assigner_id, priority) FROM stdin;
\.


--
-- Data for Name: task_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_status (id, created_at, updated_at, name, short_name, color, is_reviewable, is_done, shotgun_id) FROM stdin;
\.


--
-- Data for Name: task_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_type (id, created_at, updated_at, name, short_name, color, priority, for_shots, shotgun_id, department_id, for_entity, allow_timelog) FROM stdin;
\.


--
-- Data for Name: time_spent; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.time_spent (id, created_at, updated_at, duration, date, task_id, person_id) FROM stdin;
\.


--
-- Data for Name: working_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.working_file (id, created_at, updated_at, shotgun_id, name, description, comment, revision, size, checksum, path, task_id, entity_id, person_id, software_id) FROM stdin;
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: api_event api_event_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_event
    ADD CONSTRAINT api_event_pkey PRIMARY KEY (id);


--
-- Name: asset_instance_link asset_instance_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance_link
    ADD CONSTRAINT asset_instance_link_pkey PRIMARY KEY (entity_id, asset_instance_id);


--
-- Name: asset_instance asset_instance_name_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_name_uc UNIQUE (scene_id, name);


--
-- Name: asset_instance asset_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_pkey PRIMARY KEY (id);


--
-- Name: asset_instance asset_instance_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_uc UNIQUE (asset_id, scene_id, number);


--
-- Name: assignations assignations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assignations
    ADD CONSTRAINT assignations_pkey PRIMARY KEY (task, person);


--
-- Name: comment comment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_pkey PRIMARY KEY (id);


--
-- Name: custom_action custom_action_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_action
    ADD CONSTRAINT custom_action_pkey PRIMARY KEY (id);


--
-- Name: data_import_error data_import_error_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.data_import_error
    ADD CONSTRAINT data_import_error_pkey PRIMARY KEY (id);


--
-- Name: department department_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department
    ADD CONSTRAINT department_name_key UNIQUE (name);


--
-- Name: department department_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department
    ADD CONSTRAINT department_pkey PRIMARY KEY (id);


--
-- Name: desktop_login_log desktop_login_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.desktop_login_log
    ADD CONSTRAINT desktop_login_log_pkey PRIMARY KEY (id);


--
-- Name: entity_link entity_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_link
    ADD CONSTRAINT entity_link_pkey PRIMARY KEY (id, entity_in_id, entity_out_id);


--
-- Name: entity entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (id);


--
-- Name: entity_type entity_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_type
    ADD CONSTRAINT entity_type_pkey PRIMARY KEY (id);


--
-- Name: entity entity_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_uc UNIQUE (name, project_id, entity_type_id, parent_id);


--
-- Name: file_status file_status_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_status
    ADD CONSTRAINT file_status_name_key UNIQUE (name);


--
-- Name: file_status file_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_status
    ADD CONSTRAINT file_status_pkey PRIMARY KEY (id);


--
-- Name: notification notification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_pkey PRIMARY KEY (id);


--
-- Name: notification notification_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_uc UNIQUE (person_id, author_id, comment_id);


--
-- Name: output_file output_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_pkey PRIMARY KEY (id);


--
-- Name: output_file output_file_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_uc UNIQUE (name, entity_id, asset_instance_id, output_type_id, task_type_id, temporal_entity_id, representation, revision);


--
-- Name: output_type output_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_type
    ADD CONSTRAINT output_type_pkey PRIMARY KEY (id);


--
-- Name: person person_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_email_key UNIQUE (email);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: person person_shotgun_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_shotgun_id_key UNIQUE (shotgun_id);


--
-- Name: playlist playlist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_pkey PRIMARY KEY (id);


--
-- Name: playlist playlist_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_uc UNIQUE (name, project_id);


--
-- Name: preview_file preview_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_file_pkey PRIMARY KEY (id);


--
-- Name: preview_file preview_file_shotgun_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_file_shotgun_id_key UNIQUE (shotgun_id);


--
-- Name: preview_file preview_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_uc UNIQUE (name, task_id, revision);


--
-- Name: project_person_link project_person_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_person_link
    ADD CONSTRAINT project_person_link_pkey PRIMARY KEY (project_id, person_id);


--
-- Name: project project_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_pkey PRIMARY KEY (id);


--
-- Name: project_status project_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_status
    ADD CONSTRAINT project_status_pkey PRIMARY KEY (id);


--
-- Name: search_filter search_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_pkey PRIMARY KEY (id);


--
-- Name: software software_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software
    ADD CONSTRAINT software_name_key UNIQUE (name);


--
-- Name: software software_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software
    ADD CONSTRAINT software_pkey PRIMARY KEY (id);


--
-- Name: subscription subscription_entity_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_entity_uc UNIQUE (person_id, task_type_id, entity_id);


--
-- Name: subscription subscription_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_pkey PRIMARY KEY (id);


--
-- Name: subscription subscription_task_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_task_uc UNIQUE (person_id, task_id);


--
-- Name: task task_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_pkey PRIMARY KEY (id);


--
-- Name: task_status task_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_status
    ADD CONSTRAINT task_status_pkey PRIMARY KEY (id);


--
-- Name: task_type task_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type
    ADD CONSTRAINT task_type_pkey PRIMARY KEY (id);


--
-- Name: task_type task_type_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type
    ADD CONSTRAINT task_type_uc UNIQUE (name, for_entity, department_id);


--
-- Name: task task_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_uc UNIQUE (name, project_id, task_type_id, entity_id);


--
-- Name: time_spent time_spent_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.time_spent
    ADD CONSTRAINT time_spent_pkey PRIMARY KEY (id);


--
-- Name: time_spent time_spent_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.time_spent
    ADD CONSTRAINT time_spent_uc UNIQUE (person_id, task_id, date);


--
-- Name: working_file working_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_pkey PRIMARY KEY (id);


--
-- Name: working_file working_file_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_uc UNIQUE (name, task_id, entity_id, revision);


--
-- Name: ix_api_event_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_api_event_name ON public.api_event USING btree (name);


--
-- Name: ix_api_event_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_api_event_user_id ON public.api_event USING btree (user_id);


--
-- Name: ix_asset_instance_asset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_asset_instance_asset_id ON public.asset_instance USING btree (asset_id);


--
-- Name: ix_asset_instance_scene_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_asset_instance_scene_id ON public.asset_instance USING btree (scene_id);


--
-- Name: ix_comment_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_object_id ON public.comment USING btree (object_id);


--
-- Name: ix_comment_object_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_object_type ON public.comment USING btree (object_type);


--
-- Name: ix_desktop_login_log_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_desktop_login_log_person_id ON public.desktop_login_log USING btree (person_id);


--
-- Name: ix_entity_entity_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_entity_type_id ON public.entity USING btree (entity_type_id);


--
-- Name: ix_entity_parent_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_parent_id ON public.entity USING btree (parent_id);


--
-- Name: ix_entity_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_project_id ON public.entity USING btree (project_id);


--
-- Name: ix_entity_source_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_source_id ON public.entity USING btree (source_id);


--
-- Name: ix_entity_type_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_entity_type_name ON public.entity_type USING btree (name);


--
-- Name: ix_notification_author_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_author_id ON public.notification USING btree (author_id);


--
-- Name: ix_notification_comment_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_comment_id ON public.notification USING btree (comment_id);


--
-- Name: ix_notification_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_person_id ON public.notification USING btree (person_id);


--
-- Name: ix_notification_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_task_id ON public.notification USING btree (task_id);


--
-- Name: ix_output_file_asset_instance_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_asset_instance_id ON public.output_file USING btree (asset_instance_id);


--
-- Name: ix_output_file_output_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_output_type_id ON public.output_file USING btree (output_type_id);


--
-- Name: ix_output_file_representation; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_representation ON public.output_file USING btree (representation);


--
-- Name: ix_output_file_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_task_type_id ON public.output_file USING btree (task_type_id);


--
-- Name: ix_output_type_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_output_type_name ON public.output_type USING btree (name);


--
-- Name: ix_preview_file_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_preview_file_task_id ON public.preview_file USING btree (task_id);


--
-- Name: ix_project_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_project_name ON public.project USING btree (name);


--
-- Name: ix_project_project_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_project_status_id ON public.project USING btree (project_status_id);


--
-- Name: ix_project_status_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_project_status_name ON public.project_status USING btree (name);


--
-- Name: ix_search_filter_list_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_search_filter_list_type ON public.search_filter USING btree (list_type);


--
-- Name: ix_subscription_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_subscription_entity_id ON public.subscription USING btree (entity_id);


--
-- Name: ix_subscription_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_subscription_person_id ON public.subscription USING btree (person_id);


--
-- Name: ix_subscription_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_subscription_task_id ON public.subscription USING btree (task_id);


--
-- Name: ix_subscription_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_subscription_task_type_id ON public.subscription USING btree (task_type_id);


--
-- Name: ix_task_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_entity_id ON public.task USING btree (entity_id);


--
-- Name: ix_task_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_project_id ON public.task USING btree (project_id);


--
-- Name: ix_task_status_is_done; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_status_is_done ON public.task_status USING btree (is_done);


--
-- Name: ix_task_status_short_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_task_status_short_name ON public.task_status USING btree (short_name);


--
-- Name: ix_task_type_shotgun_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_type_shotgun_id ON public.task_type USING btree (shotgun_id);


--
-- Name: ix_time_spent_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_time_spent_person_id ON public.time_spent USING btree (person_id);


--
-- Name: ix_time_spent_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_time_spent_task_id ON public.time_spent USING btree (task_id);


--
-- Name: ix_working_file_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_entity_id ON public.working_file USING btree (entity_id);


--
-- Name: ix_working_file_shotgun_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_shotgun_id ON public.working_file USING btree (shotgun_id);


--
-- Name: ix_working_file_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_task_id ON public.working_file USING btree (task_id);


--
-- Name: api_event api_event_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_event
    ADD CONSTRAINT api_event_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.person(id);


--
-- Name: asset_instance asset_instance_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES public.entity(id);


--
-- Name: asset_instance asset_instance_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: asset_instance asset_instance_entity_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_entity_type_id_fkey FOREIGN KEY (entity_type_id) REFERENCES public.entity_type(id);


--
-- Name: asset_instance_link asset_instance_link_asset_instance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance_link
    ADD CONSTRAINT asset_instance_link_asset_instance_id_fkey FOREIGN KEY (asset_instance_id) REFERENCES public.asset_instance(id);


--
-- Name: asset_instance_link asset_instance_link_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance_link
    ADD CONSTRAINT asset_instance_link_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: asset_instance asset_instance_scene_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_scene_id_fkey FOREIGN KEY (scene_id) REFERENCES public.entity(id);


--
-- Name: assignations assignations_person_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assignations
    ADD CONSTRAINT assignations_person_fkey FOREIGN KEY (person) REFERENCES public.person(id);


--
-- Name: assignations assignations_task_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assignations
    ADD CONSTRAINT assignations_task_fkey FOREIGN KEY (task) REFERENCES public.task(id);


--
-- Name: comment comment_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: comment comment_preview_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_preview_file_id_fkey FOREIGN KEY (preview_file_id) REFERENCES public.preview_file(id);


--
-- Name: comment comment_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_task_status_id_fkey FOREIGN KEY (task_status_id) REFERENCES public.task_status(id);


--
-- Name: department_link department_link_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_link
    ADD CONSTRAINT department_link_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: department_link department_link_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_link
    ADD CONSTRAINT department_link_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: desktop_login_log desktop_login_log_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.desktop_login_log
    ADD CONSTRAINT desktop_login_log_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: entity entity_entity_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_entity_type_id_fkey FOREIGN KEY (entity_type_id) REFERENCES public.entity_type(id);


--
-- Name: entity_link entity_link_entity_in_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_link
    ADD CONSTRAINT entity_link_entity_in_id_fkey FOREIGN KEY (entity_in_id) REFERENCES public.entity(id);


--
-- Name: entity_link entity_link_entity_out_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_link
    ADD CONSTRAINT entity_link_entity_out_id_fkey FOREIGN KEY (entity_out_id) REFERENCES public.entity(id);


--
-- Name: entity entity_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.entity(id);


--
-- Name: entity entity_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: entity entity_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.entity(id);


--
-- Name: entity fk_main_preview; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT fk_main_preview FOREIGN KEY (preview_file_id) REFERENCES public.preview_file(id);


--
-- Name: notification notification_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.person(id);


--
-- Name: notification notification_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comment(id);


--
-- Name: notification notification_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: notification notification_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: output_file output_file_asset_instance_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_asset_instance_id_fkey FOREIGN KEY (asset_instance_id) REFERENCES public.asset_instance(id);


--
-- Name: output_file output_file_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: output_file output_file_file_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_file_status_id_fkey FOREIGN KEY (file_status_id) REFERENCES public.file_status(id);


--
-- Name: output_file output_file_output_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_output_type_id_fkey FOREIGN KEY (output_type_id) REFERENCES public.output_type(id);


--
-- Name: output_file output_file_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: output_file output_file_source_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_source_file_id_fkey FOREIGN KEY (source_file_id) REFERENCES public.working_file(id);


--
-- Name: output_file output_file_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: output_file output_file_temporal_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.output_file
    ADD CONSTRAINT output_file_temporal_entity_id_fkey FOREIGN KEY (temporal_entity_id) REFERENCES public.entity(id);


--
-- Name: playlist playlist_episode_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_episode_id_fkey FOREIGN KEY (episode_id) REFERENCES public.entity(id);


--
-- Name: playlist playlist_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: preview_file preview_file_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_file_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: preview_file preview_file_source_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_file_source_file_id_fkey FOREIGN KEY (source_file_id) REFERENCES public.output_file(id);


--
-- Name: preview_file preview_file_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_file
    ADD CONSTRAINT preview_file_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: project_person_link project_person_link_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_person_link
    ADD CONSTRAINT project_person_link_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: project_person_link project_person_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_person_link
    ADD CONSTRAINT project_person_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project project_project_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_project_status_id_fkey FOREIGN KEY (project_status_id) REFERENCES public.project_status(id);


--
-- Name: search_filter search_filter_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: search_filter search_filter_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: subscription subscription_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: subscription subscription_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: subscription subscription_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: subscription subscription_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.subscription
    ADD CONSTRAINT subscription_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: task task_assigner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_assigner_id_fkey FOREIGN KEY (assigner_id) REFERENCES public.person(id);


--
-- Name: task task_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: task task_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: task task_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_task_status_id_fkey FOREIGN KEY (task_status_id) REFERENCES public.task_status(id);


--
-- Name: task task_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: task_type task_type_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type
    ADD CONSTRAINT task_type_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: time_spent time_spent_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.time_spent
    ADD CONSTRAINT time_spent_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: time_spent time_spent_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.time_spent
    ADD CONSTRAINT time_spent_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: working_file working_file_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: working_file working_file_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: working_file working_file_software_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_software_id_fkey FOREIGN KEY (software_id) REFERENCES public.software(id);


--
-- Name: working_file working_file_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.working_file
    ADD CONSTRAINT working_file_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

