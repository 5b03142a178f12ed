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
-- Name: accesslevel; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.accesslevel AS ENUM (
    'read',
    'write'
);


ALTER TYPE public.accesslevel OWNER TO postgres;

--
-- Name: actiontype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.actiontype AS ENUM (
    'access',
    'consent',
    'erasure',
    'update'
);


ALTER TYPE public.actiontype OWNER TO postgres;

--
-- Name: auditlogaction; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.auditlogaction AS ENUM (
    'approved',
    'denied'
);


ALTER TYPE public.auditlogaction OWNER TO postgres;

--
-- Name: connectiontype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.connectiontype AS ENUM (
    'postgres',
    'mongodb',
    'mysql',
    'https',
    'snowflake',
    'redshift',
    'mssql',
    'mariadb',
    'bigquery',
    'saas',
    'manual'
);


ALTER TYPE public.connectiontype OWNER TO postgres;

--
-- Name: drpaction; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.drpaction AS ENUM (
    'access',
    'deletion',
    'sale_opt_out',
    'sale_opt_in',
    'access_categories',
    'access_specific'
);


ALTER TYPE public.drpaction OWNER TO postgres;

--
-- Name: executionlogstatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.executionlogstatus AS ENUM (
    'in_processing',
    'pending',
    'complete',
    'error',
    'retrying',
    'paused',
    'skipped'
);


ALTER TYPE public.executionlogstatus OWNER TO postgres;

--
-- Name: privacyrequeststatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.privacyrequeststatus AS ENUM (
    'in_processing',
    'pending',
    'complete',
    'error',
    'paused',
    'approved',
    'denied',
    'canceled'
);


ALTER TYPE public.privacyrequeststatus OWNER TO postgres;

--
-- Name: responseformat; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.responseformat AS ENUM (
    'json',
    'csv'
);


ALTER TYPE public.responseformat OWNER TO postgres;

--
-- Name: storagetype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.storagetype AS ENUM (
    's3',
    'gcs',
    'transcend',
    'onetrust',
    'ethyca',
    'local'
);


ALTER TYPE public.storagetype OWNER TO postgres;

--
-- Name: webhookdirection; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.webhookdirection AS ENUM (
    'one_way',
    'two_way'
);


ALTER TYPE public.webhookdirection OWNER TO postgres;

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
-- Name: auditlog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.auditlog (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    user_id character varying,
    privacy_request_id character varying,
    action public.auditlogaction NOT NULL,
    message character varying
);


ALTER TABLE public.auditlog OWNER TO postgres;

--
-- Name: authenticationrequest; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.authenticationrequest (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    connection_key character varying NOT NULL,
    state character varying NOT NULL
);


ALTER TABLE public.authenticationrequest OWNER TO postgres;

--
-- Name: client; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.client (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    hashed_secret character varying NOT NULL,
    salt character varying NOT NULL,
    scopes character varying[] NOT NULL,
    fides_key character varying,
    user_id character varying
);


ALTER TABLE public.client OWNER TO postgres;

--
-- Name: connectionconfig; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.connectionconfig (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    connection_type public.connectiontype NOT NULL,
    access public.accesslevel NOT NULL,
    secrets character varying,
    last_test_timestamp timestamp with time zone,
    last_test_succeeded boolean,
    saas_config jsonb,
    disabled boolean DEFAULT false,
    disabled_at timestamp with time zone,
    description character varying
);


ALTER TABLE public.connectionconfig OWNER TO postgres;

--
-- Name: datasetconfig; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.datasetconfig (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    connection_config_id character varying NOT NULL,
    fides_key character varying NOT NULL,
    dataset jsonb NOT NULL
);


ALTER TABLE public.datasetconfig OWNER TO postgres;

--
-- Name: executionlog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.executionlog (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    dataset_name character varying,
    collection_name character varying,
    fields_affected jsonb,
    message character varying,
    action_type public.actiontype NOT NULL,
    status public.executionlogstatus NOT NULL,
    privacy_request_id character varying NOT NULL
);


ALTER TABLE public.executionlog OWNER TO postgres;

--
-- Name: fidesuser; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fidesuser (
    id character varying(255) CONSTRAINT fidesopsuser_id_not_null NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    username character varying,
    hashed_password character varying CONSTRAINT fidesopsuser_hashed_password_not_null NOT NULL,
    salt character varying CONSTRAINT fidesopsuser_salt_not_null NOT NULL,
    last_login_at timestamp with time zone,
    password_reset_at timestamp with time zone,
    first_name character varying,
    last_name character varying
);


ALTER TABLE public.fidesuser OWNER TO postgres;

--
-- Name: fidesuserpermissions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fidesuserpermissions (
    id character varying(255) CONSTRAINT fidesopsuserpermissions_id_not_null NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    user_id character varying CONSTRAINT fidesopsuserpermissions_user_id_not_null NOT NULL,
    scopes character varying[] CONSTRAINT fidesopsuserpermissions_scopes_not_null NOT NULL
);


ALTER TABLE public.fidesuserpermissions OWNER TO postgres;

--
-- Name: policy; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.policy (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    client_id character varying NOT NULL,
    drp_action public.drpaction
);


ALTER TABLE public.policy OWNER TO postgres;

--
-- Name: policypostwebhook; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.policypostwebhook (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    direction public.webhookdirection NOT NULL,
    "order" integer NOT NULL,
    policy_id character varying NOT NULL,
    connection_config_id character varying NOT NULL
);


ALTER TABLE public.policypostwebhook OWNER TO postgres;

--
-- Name: policyprewebhook; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.policyprewebhook (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    direction public.webhookdirection NOT NULL,
    "order" integer NOT NULL,
    policy_id character varying NOT NULL,
    connection_config_id character varying NOT NULL
);


ALTER TABLE public.policyprewebhook OWNER TO postgres;

--
-- Name: privacyrequest; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.privacyrequest (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    external_id character varying,
    started_processing_at timestamp with time zone,
    finished_processing_at timestamp with time zone,
    requested_at timestamp with time zone,
    status public.privacyrequeststatus NOT NULL,
    client_id character varying,
    origin character varying,
    policy_id character varying,
    reviewed_at timestamp with time zone,
    reviewed_by character varying,
    paused_at timestamp with time zone,
    cancel_reason character varying(200),
    canceled_at timestamp with time zone
);


ALTER TABLE public.privacyrequest OWNER TO postgres;

--
-- Name: rule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rule (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    policy_id character varying NOT NULL,
    action_type public.actiontype NOT NULL,
    masking_strategy character varying,
    storage_destination_id character varying,
    client_id character varying
);


ALTER TABLE public.rule OWNER TO postgres;

--
-- Name: ruletarget; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ruletarget (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying NOT NULL,
    key character varying NOT NULL,
    data_category character varying NOT NULL,
    rule_id character varying NOT NULL,
    client_id character varying
);


ALTER TABLE public.ruletarget OWNER TO postgres;

--
-- Name: storageconfig; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.storageconfig (
    id character varying(255) NOT NULL,
    created_at timestamp with time zone DEFAULT now(),
    updated_at timestamp with time zone DEFAULT now(),
    name character varying,
    type public.storagetype NOT NULL,
    details jsonb NOT NULL,
    key character varying NOT NULL,
    secrets character varying,
    format public.responseformat DEFAULT 'json'::public.responseformat NOT NULL
);


ALTER TABLE public.storageconfig OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
c7cc36820d4b
\.


--
-- Data for Name: auditlog; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.auditlog (id, created_at, updated_at, user_id, privacy_request_id, action, message) FROM stdin;
\.


--
-- Data for Name: authenticationrequest; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.authenticationrequest (id, created_at, updated_at, connection_key, state) FROM stdin;
\.


--
-- Data for Name: client; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.client (id, created_at, updated_at, hashed_secret, salt, scopes, fides_key, user_id) FROM stdin;
\.


--
-- Data for Name: connectionconfig; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.connectionconfig (id, created_at, updated_at, name, key, connection_type, access, secrets, last_test_timestamp, last_test_succeeded, saas_config, disabled, disabled_at, description) FROM stdin;
\.


--
-- Data for Name: datasetconfig; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.datasetconfig (id, created_at, updated_at, connection_config_id, fides_key, dataset) FROM stdin;
\.


--
-- Data for Name: executionlog; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.executionlog (id, created_at, updated_at, dataset_name, collection_name, fields_affected, message, action_type, status, privacy_request_id) FROM stdin;
\.


--
-- Data for Name: fidesuser; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.fidesuser (id, created_at, updated_at, username, hashed_password, salt, last_login_at, password_reset_at, first_name, last_name) FROM stdin;
\.


--
-- Data for Name: fidesuserpermissions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.fidesuserpermissions (id, created_at, updated_at, user_id, scopes) FROM stdin;
\.


--
-- Data for Name: policy; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.policy (id, created_at, updated_at, name, key, client_id, drp_action) FROM stdin;
\.


--
-- Data for Name: policypostwebhook; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.policypostwebhook (id, created_at, updated_at, name, key, direction, "order", policy_id, connection_config_id) FROM stdin;
\.


--
-- Data for Name: policyprewebhook; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.policyprewebhook (id, created_at, updated_at, name, key, direction, "order", policy_id, connection_config_id) FROM stdin;
\.


--
-- Data for Name: privacyrequest; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.privacyrequest (id, created_at, updated_at, external_id, started_processing_at, finished_processing_at, requested_at, status, client_id, origin, policy_id, reviewed_at, reviewed_by, paused_at, cancel_reason, canceled_at) FROM stdin;
\.


--
-- Data for Name: rule; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.rule (id, created_at, updated_at, name, key, policy_id, action_type, masking_strategy, storage_destination_id, client_id) FROM stdin;
\.


--
-- Data for Name: ruletarget; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ruletarget (id, created_at, updated_at, name, key, data_category, rule_id, client_id) FROM stdin;
\.


--
-- Data for Name: storageconfig; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.storageconfig (id, created_at, updated_at, name, type, details, key, secrets, format) FROM stdin;
\.


--
-- Name: ruletarget _rule_id_data_category_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ruletarget
    ADD CONSTRAINT _rule_id_data_category_uc UNIQUE (rule_id, data_category);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: auditlog auditlog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.auditlog
    ADD CONSTRAINT auditlog_pkey PRIMARY KEY (id);


--
-- Name: authenticationrequest authenticationrequest_connection_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authenticationrequest
    ADD CONSTRAINT authenticationrequest_connection_key_key UNIQUE (connection_key);


--
-- Name: authenticationrequest authenticationrequest_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authenticationrequest
    ADD CONSTRAINT authenticationrequest_pkey PRIMARY KEY (id);


--
-- Name: client client_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_pkey PRIMARY KEY (id);


--
-- Name: client client_user_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_user_id_key UNIQUE (user_id);


--
-- Name: connectionconfig connectionconfig_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.connectionconfig
    ADD CONSTRAINT connectionconfig_pkey PRIMARY KEY (id);


--
-- Name: datasetconfig datasetconfig_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.datasetconfig
    ADD CONSTRAINT datasetconfig_pkey PRIMARY KEY (id);


--
-- Name: executionlog executionlog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.executionlog
    ADD CONSTRAINT executionlog_pkey PRIMARY KEY (id);


--
-- Name: fidesuser fidesuser_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fidesuser
    ADD CONSTRAINT fidesuser_pkey PRIMARY KEY (id);


--
-- Name: fidesuserpermissions fidesuserpermission_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fidesuserpermissions
    ADD CONSTRAINT fidesuserpermission_pkey PRIMARY KEY (id);


--
-- Name: fidesuserpermissions fidesuserpermissions_user_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fidesuserpermissions
    ADD CONSTRAINT fidesuserpermissions_user_id_key UNIQUE (user_id);


--
-- Name: policy policy_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policy
    ADD CONSTRAINT policy_name_key UNIQUE (name);


--
-- Name: policy policy_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policy
    ADD CONSTRAINT policy_pkey PRIMARY KEY (id);


--
-- Name: policypostwebhook policypostwebhook_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policypostwebhook
    ADD CONSTRAINT policypostwebhook_name_key UNIQUE (name);


--
-- Name: policypostwebhook policypostwebhook_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policypostwebhook
    ADD CONSTRAINT policypostwebhook_pkey PRIMARY KEY (id);


--
-- Name: policyprewebhook policyprewebhook_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policyprewebhook
    ADD CONSTRAINT policyprewebhook_name_key UNIQUE (name);


--
-- Name: policyprewebhook policyprewebhook_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policyprewebhook
    ADD CONSTRAINT policyprewebhook_pkey PRIMARY KEY (id);


--
-- Name: privacyrequest privacyrequest_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacyrequest
    ADD CONSTRAINT privacyrequest_pkey PRIMARY KEY (id);


--
-- Name: rule rule_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rule
    ADD CONSTRAINT rule_name_key UNIQUE (name);


--
-- Name: rule rule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rule
    ADD CONSTRAINT rule_pkey PRIMARY KEY (id);


--
-- Name: ruletarget ruletarget_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ruletarget
    ADD CONSTRAINT ruletarget_name_key UNIQUE (name);


--
-- Name: ruletarget ruletarget_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ruletarget
    ADD CONSTRAINT ruletarget_pkey PRIMARY KEY (id);


--
-- Name: storageconfig storageconfig_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.storageconfig
    ADD CONSTRAINT storageconfig_pkey PRIMARY KEY (id);


--
-- Name: ix_auditlog_action; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_auditlog_action ON public.auditlog USING btree (action);


--
-- Name: ix_auditlog_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_auditlog_id ON public.auditlog USING btree (id);


--
-- Name: ix_auditlog_privacy_request_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_auditlog_privacy_request_id ON public.auditlog USING btree (privacy_request_id);


--
-- Name: ix_auditlog_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_auditlog_user_id ON public.auditlog USING btree (user_id);


--
-- Name: ix_authenticationrequest_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_authenticationrequest_id ON public.authenticationrequest USING btree (id);


--
-- Name: ix_authenticationrequest_state; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_authenticationrequest_state ON public.authenticationrequest USING btree (state);


--
-- Name: ix_client_fides_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_client_fides_key ON public.client USING btree (fides_key);


--
-- Name: ix_client_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_client_id ON public.client USING btree (id);


--
-- Name: ix_connectionconfig_description; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_connectionconfig_description ON public.connectionconfig USING btree (description);


--
-- Name: ix_connectionconfig_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_connectionconfig_id ON public.connectionconfig USING btree (id);


--
-- Name: ix_connectionconfig_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_connectionconfig_key ON public.connectionconfig USING btree (key);


--
-- Name: ix_connectionconfig_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_connectionconfig_name ON public.connectionconfig USING btree (name);


--
-- Name: ix_datasetconfig_fides_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_datasetconfig_fides_key ON public.datasetconfig USING btree (fides_key);


--
-- Name: ix_datasetconfig_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_datasetconfig_id ON public.datasetconfig USING btree (id);


--
-- Name: ix_executionlog_action_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_action_type ON public.executionlog USING btree (action_type);


--
-- Name: ix_executionlog_collection_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_collection_name ON public.executionlog USING btree (collection_name);


--
-- Name: ix_executionlog_dataset_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_dataset_name ON public.executionlog USING btree (dataset_name);


--
-- Name: ix_executionlog_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_id ON public.executionlog USING btree (id);


--
-- Name: ix_executionlog_privacy_request_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_privacy_request_id ON public.executionlog USING btree (privacy_request_id);


--
-- Name: ix_executionlog_status; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_executionlog_status ON public.executionlog USING btree (status);


--
-- Name: ix_fidesuser_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_fidesuser_id ON public.fidesuser USING btree (id);


--
-- Name: ix_fidesuser_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_fidesuser_username ON public.fidesuser USING btree (username);


--
-- Name: ix_fidesuserpermissions_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_fidesuserpermissions_id ON public.fidesuserpermissions USING btree (id);


--
-- Name: ix_policy_drp_action; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_policy_drp_action ON public.policy USING btree (drp_action);


--
-- Name: ix_policy_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_policy_id ON public.policy USING btree (id);


--
-- Name: ix_policy_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_policy_key ON public.policy USING btree (key);


--
-- Name: ix_policypostwebhook_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_policypostwebhook_id ON public.policypostwebhook USING btree (id);


--
-- Name: ix_policypostwebhook_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_policypostwebhook_key ON public.policypostwebhook USING btree (key);


--
-- Name: ix_policyprewebhook_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_policyprewebhook_id ON public.policyprewebhook USING btree (id);


--
-- Name: ix_policyprewebhook_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_policyprewebhook_key ON public.policyprewebhook USING btree (key);


--
-- Name: ix_privacyrequest_external_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_privacyrequest_external_id ON public.privacyrequest USING btree (external_id);


--
-- Name: ix_privacyrequest_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_privacyrequest_id ON public.privacyrequest USING btree (id);


--
-- Name: ix_privacyrequest_status; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_privacyrequest_status ON public.privacyrequest USING btree (status);


--
-- Name: ix_rule_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_rule_id ON public.rule USING btree (id);


--
-- Name: ix_rule_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_rule_key ON public.rule USING btree (key);


--
-- Name: ix_ruletarget_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_ruletarget_id ON public.ruletarget USING btree (id);


--
-- Name: ix_ruletarget_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_ruletarget_key ON public.ruletarget USING btree (key);


--
-- Name: ix_storageconfig_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_storageconfig_id ON public.storageconfig USING btree (id);


--
-- Name: ix_storageconfig_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_storageconfig_key ON public.storageconfig USING btree (key);


--
-- Name: ix_storageconfig_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_storageconfig_name ON public.storageconfig USING btree (name);


--
-- Name: ix_storageconfig_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_storageconfig_type ON public.storageconfig USING btree (type);


--
-- Name: client client_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT client_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.fidesuser(id);


--
-- Name: datasetconfig datasetconfig_connection_config_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.datasetconfig
    ADD CONSTRAINT datasetconfig_connection_config_id_fkey FOREIGN KEY (connection_config_id) REFERENCES public.connectionconfig(id);


--
-- Name: fidesuserpermissions fidesuserpermissions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fidesuserpermissions
    ADD CONSTRAINT fidesuserpermissions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.fidesuser(id);


--
-- Name: policy policy_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policy
    ADD CONSTRAINT policy_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: policypostwebhook policypostwebhook_connection_config_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policypostwebhook
    ADD CONSTRAINT policypostwebhook_connection_config_id_fkey FOREIGN KEY (connection_config_id) REFERENCES public.connectionconfig(id);


--
-- Name: policypostwebhook policypostwebhook_policy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policypostwebhook
    ADD CONSTRAINT policypostwebhook_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES public.policy(id);


--
-- Name: policyprewebhook policyprewebhook_connection_config_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policyprewebhook
    ADD CONSTRAINT policyprewebhook_connection_config_id_fkey FOREIGN KEY (connection_config_id) REFERENCES public.connectionconfig(id);


--
-- Name: policyprewebhook policyprewebhook_policy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.policyprewebhook
    ADD CONSTRAINT policyprewebhook_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES public.policy(id);


--
-- Name: privacyrequest privacyrequest_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacyrequest
    ADD CONSTRAINT privacyrequest_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: privacyrequest privacyrequest_policy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacyrequest
    ADD CONSTRAINT privacyrequest_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES public.policy(id);


--
-- Name: privacyrequest privacyrequest_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacyrequest
    ADD CONSTRAINT privacyrequest_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.fidesuser(id) ON DELETE SET NULL;


--
-- Name: rule rule_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rule
    ADD CONSTRAINT rule_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: rule rule_policy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rule
    ADD CONSTRAINT rule_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES public.policy(id);


--
-- Name: rule rule_storage_destination_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rule
    ADD CONSTRAINT rule_storage_destination_id_fkey FOREIGN KEY (storage_destination_id) REFERENCES public.storageconfig(id);


--
-- Name: ruletarget ruletarget_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ruletarget
    ADD CONSTRAINT ruletarget_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: ruletarget ruletarget_rule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ruletarget
    ADD CONSTRAINT ruletarget_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES public.rule(id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

