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
-- Name: dataset_status_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.dataset_status_enum AS ENUM (
    'draft',
    'ready'
);


ALTER TYPE public.dataset_status_enum OWNER TO postgres;

--
-- Name: response_status_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.response_status_enum AS ENUM (
    'draft',
    'submitted',
    'discarded'
);


ALTER TYPE public.response_status_enum OWNER TO postgres;

--
-- Name: suggestion_type_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.suggestion_type_enum AS ENUM (
    'model',
    'human'
);


ALTER TYPE public.suggestion_type_enum OWNER TO postgres;

--
-- Name: user_role_enum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.user_role_enum AS ENUM (
    'owner',
    'admin',
    'annotator'
);


ALTER TYPE public.user_role_enum OWNER TO postgres;

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
-- Name: datasets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.datasets (
    id uuid NOT NULL,
    name character varying NOT NULL,
    guidelines text,
    status public.dataset_status_enum NOT NULL,
    workspace_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    allow_extra_metadata boolean DEFAULT true NOT NULL
);


ALTER TABLE public.datasets OWNER TO postgres;

--
-- Name: fields; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fields (
    id uuid NOT NULL,
    name character varying NOT NULL,
    title text NOT NULL,
    required boolean DEFAULT false NOT NULL,
    settings json NOT NULL,
    dataset_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.fields OWNER TO postgres;

--
-- Name: metadata_properties; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.metadata_properties (
    id uuid NOT NULL,
    name character varying NOT NULL,
    title text NOT NULL,
    settings json NOT NULL,
    allowed_roles json DEFAULT '[]'::json NOT NULL,
    dataset_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.metadata_properties OWNER TO postgres;

--
-- Name: questions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.questions (
    id uuid NOT NULL,
    name character varying NOT NULL,
    title text NOT NULL,
    description text,
    required boolean DEFAULT false NOT NULL,
    settings json NOT NULL,
    dataset_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.questions OWNER TO postgres;

--
-- Name: records; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.records (
    id uuid NOT NULL,
    fields json NOT NULL,
    external_id character varying,
    dataset_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    metadata json
);


ALTER TABLE public.records OWNER TO postgres;

--
-- Name: responses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.responses (
    id uuid NOT NULL,
    "values" json,
    status public.response_status_enum NOT NULL,
    record_id uuid NOT NULL,
    user_id uuid,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.responses OWNER TO postgres;

--
-- Name: suggestions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.suggestions (
    id uuid NOT NULL,
    value json NOT NULL,
    score double precision,
    agent character varying,
    type public.suggestion_type_enum,
    record_id uuid NOT NULL,
    question_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.suggestions OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    first_name character varying NOT NULL,
    last_name character varying,
    username character varying NOT NULL,
    role public.user_role_enum NOT NULL,
    api_key text NOT NULL,
    password_hash text NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: workspaces; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.workspaces (
    id uuid NOT NULL,
    name character varying NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.workspaces OWNER TO postgres;

--
-- Name: workspaces_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.workspaces_users (
    id uuid NOT NULL,
    workspace_id uuid NOT NULL,
    user_id uuid NOT NULL,
    inserted_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


ALTER TABLE public.workspaces_users OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
b8458008b60e
\.


--
-- Data for Name: datasets; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.datasets (id, name, guidelines, status, workspace_id, inserted_at, updated_at, allow_extra_metadata) FROM stdin;
0a1b2c3d-0000-4000-8000-00000000000a	feedback-v1	Label each response.	ready	7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c	2023-05-02 09:10:00	2023-06-11 17:45:12	t
0a1b2c3d-0000-4000-8000-00000000000b	feedback-v2	\N	draft	7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c	2023-06-20 08:00:00	2023-06-20 08:00:00	t
\.


--
-- Data for Name: fields; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.fields (id, name, title, required, settings, dataset_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: metadata_properties; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.metadata_properties (id, name, title, settings, allowed_roles, dataset_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: questions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.questions (id, name, title, description, required, settings, dataset_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: records; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.records (id, fields, external_id, dataset_id, inserted_at, updated_at, metadata) FROM stdin;
\.


--
-- Data for Name: responses; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.responses (id, "values", status, record_id, user_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: suggestions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.suggestions (id, value, score, agent, type, record_id, question_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, first_name, last_name, username, role, api_key, password_hash, inserted_at, updated_at) FROM stdin;
\.


--
-- Data for Name: workspaces; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.workspaces (id, name, inserted_at, updated_at) FROM stdin;
7f2c1a9e-5b1d-4c3e-9a8f-0d1e2f3a4b5c	argilla	2023-05-02 09:00:00	2023-05-02 09:00:00
\.


--
-- Data for Name: workspaces_users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.workspaces_users (id, workspace_id, user_id, inserted_at, updated_at) FROM stdin;
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: datasets dataset_name_workspace_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.datasets
    ADD CONSTRAINT dataset_name_workspace_id_uq UNIQUE (name, workspace_id);


--
-- Name: datasets datasets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.datasets
    ADD CONSTRAINT datasets_pkey PRIMARY KEY (id);


--
-- Name: fields field_name_dataset_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fields
    ADD CONSTRAINT field_name_dataset_id_uq UNIQUE (name, dataset_id);


--
-- Name: fields fields_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fields
    ADD CONSTRAINT fields_pkey PRIMARY KEY (id);


--
-- Name: metadata_properties metadata_properties_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_properties
    ADD CONSTRAINT metadata_properties_pkey PRIMARY KEY (id);


--
-- Name: metadata_properties metadata_property_name_dataset_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_properties
    ADD CONSTRAINT metadata_property_name_dataset_id_uq UNIQUE (name, dataset_id);


--
-- Name: questions question_name_dataset_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.questions
    ADD CONSTRAINT question_name_dataset_id_uq UNIQUE (name, dataset_id);


--
-- Name: questions questions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.questions
    ADD CONSTRAINT questions_pkey PRIMARY KEY (id);


--
-- Name: records record_external_id_dataset_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT record_external_id_dataset_id_uq UNIQUE (external_id, dataset_id);


--
-- Name: records records_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_pkey PRIMARY KEY (id);


--
-- Name: responses response_record_id_user_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT response_record_id_user_id_uq UNIQUE (record_id, user_id);


--
-- Name: responses responses_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_pkey PRIMARY KEY (id);


--
-- Name: suggestions suggestion_record_id_question_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestion_record_id_question_id_uq UNIQUE (record_id, question_id);


--
-- Name: suggestions suggestions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestions_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: workspaces_users workspace_id_user_id_uq; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.workspaces_users
    ADD CONSTRAINT workspace_id_user_id_uq UNIQUE (workspace_id, user_id);


--
-- Name: workspaces workspaces_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.workspaces
    ADD CONSTRAINT workspaces_pkey PRIMARY KEY (id);


--
-- Name: workspaces_users workspaces_users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.workspaces_users
    ADD CONSTRAINT workspaces_users_pkey PRIMARY KEY (id);


--
-- Name: ix_datasets_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_datasets_name ON public.datasets USING btree (name);


--
-- Name: ix_datasets_status; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_datasets_status ON public.datasets USING btree (status);


--
-- Name: ix_datasets_workspace_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_datasets_workspace_id ON public.datasets USING btree (workspace_id);


--
-- Name: ix_fields_dataset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_fields_dataset_id ON public.fields USING btree (dataset_id);


--
-- Name: ix_fields_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_fields_name ON public.fields USING btree (name);


--
-- Name: ix_metadata_properties_dataset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_metadata_properties_dataset_id ON public.metadata_properties USING btree (dataset_id);


--
-- Name: ix_metadata_properties_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_metadata_properties_name ON public.metadata_properties USING btree (name);


--
-- Name: ix_questions_dataset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_questions_dataset_id ON public.questions USING btree (dataset_id);


--
-- Name: ix_questions_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_questions_name ON public.questions USING btree (name);


--
-- Name: ix_records_dataset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_records_dataset_id ON public.records USING btree (dataset_id);


--
-- Name: ix_records_external_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_records_external_id ON public.records USING btree (external_id);


--
-- Name: ix_responses_record_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_responses_record_id ON public.responses USING btree (record_id);


--
-- Name: ix_responses_status; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_responses_status ON public.responses USING btree (status);


--
-- Name: ix_responses_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_responses_user_id ON public.responses USING btree (user_id);


--
-- Name: ix_suggestions_question_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_suggestions_question_id ON public.suggestions USING btree (question_id);


--
-- Name: ix_suggestions_record_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_suggestions_record_id ON public.suggestions USING btree (record_id);


--
-- Name: ix_suggestions_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_suggestions_type ON public.suggestions USING btree (type);


--
-- Name: ix_users_api_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_users_api_key ON public.users USING btree (api_key);


--
-- Name: ix_users_role; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_users_role ON public.users USING btree (role);


--
-- Name: ix_users_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_users_username ON public.users USING btree (username);


--
-- Name: ix_workspaces_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_workspaces_name ON public.workspaces USING btree (name);


--
-- Name: ix_workspaces_users_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_workspaces_users_user_id ON public.workspaces_users USING btree (user_id);


--
-- Name: ix_workspaces_users_workspace_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_workspaces_users_workspace_id ON public.workspaces_users USING btree (workspace_id);


--
-- Name: datasets datasets_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.datasets
    ADD CONSTRAINT datasets_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(id) ON DELETE CASCADE;


--
-- Name: fields fields_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fields
    ADD CONSTRAINT fields_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.datasets(id) ON DELETE CASCADE;


--
-- Name: metadata_properties metadata_properties_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_properties
    ADD CONSTRAINT metadata_properties_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.datasets(id) ON DELETE CASCADE;


--
-- Name: questions questions_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.questions
    ADD CONSTRAINT questions_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.datasets(id) ON DELETE CASCADE;


--
-- Name: records records_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.records
    ADD CONSTRAINT records_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.datasets(id) ON DELETE CASCADE;


--
-- Name: responses responses_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.records(id) ON DELETE CASCADE;


--
-- Name: responses responses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.responses
    ADD CONSTRAINT responses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: suggestions suggestions_question_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestions_question_id_fkey FOREIGN KEY (question_id) REFERENCES public.questions(id) ON DELETE CASCADE;


--
-- Name: suggestions suggestions_record_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.suggestions
    ADD CONSTRAINT suggestions_record_id_fkey FOREIGN KEY (record_id) REFERENCES public.records(id) ON DELETE CASCADE;


--
-- Name: workspaces_users workspaces_users_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.workspaces_users
    ADD CONSTRAINT workspaces_users_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: workspaces_users workspaces_users_workspace_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.workspaces_users
    ADD CONSTRAINT workspaces_users_workspace_id_fkey FOREIGN KEY (workspace_id) REFERENCES public.workspaces(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

