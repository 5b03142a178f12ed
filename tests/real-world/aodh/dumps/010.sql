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
-- Name: alarm; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alarm (
    alarm_id character varying(128) NOT NULL,
    enabled boolean,
    name text,
    type character varying(50),
    severity character varying(50),
    description text,
    "timestamp" timestamp without time zone,
    user_id character varying(128),
    project_id character varying(128),
    state character varying(255),
    state_timestamp timestamp without time zone,
    ok_actions text,
    alarm_actions text,
    insufficient_data_actions text,
    repeat_actions boolean,
    rule text,
    time_constraints text,
    state_reason text,
    evaluate_timestamp timestamp without time zone DEFAULT '2026-12-07 18:52:41.291675'::timestamp without time zone
);


ALTER TABLE public.alarm OWNER TO postgres;

--
-- Name: alarm_counter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alarm_counter (
    id character varying(36) NOT NULL,
    alarm_id character varying(128) NOT NULL,
    project_id character varying(128) NOT NULL,
    state character varying(128) NOT NULL,
    value integer NOT NULL
);


ALTER TABLE public.alarm_counter OWNER TO postgres;

--
-- Name: alarm_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alarm_history (
    event_id character varying(128) NOT NULL,
    alarm_id character varying(128) NOT NULL,
    on_behalf_of character varying(128),
    project_id character varying(128),
    user_id character varying(128),
    type character varying(20),
    detail text,
    "timestamp" timestamp without time zone,
    severity character varying(50)
);


ALTER TABLE public.alarm_history OWNER TO postgres;

--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: quota; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.quota (
    id character varying(36) NOT NULL,
    resource character varying(50) NOT NULL,
    project_id character varying(128) NOT NULL,
    "limit" integer NOT NULL
);


ALTER TABLE public.quota OWNER TO postgres;

--
-- Data for Name: alarm; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alarm (alarm_id, enabled, name, type, severity, description, "timestamp", user_id, project_id, state, state_timestamp, ok_actions, alarm_actions, insufficient_data_actions, repeat_actions, rule, time_constraints, state_reason, evaluate_timestamp) FROM stdin;
\.


--
-- Data for Name: alarm_counter; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alarm_counter (id, alarm_id, project_id, state, value) FROM stdin;
\.


--
-- Data for Name: alarm_history; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alarm_history (event_id, alarm_id, on_behalf_of, project_id, user_id, type, detail, "timestamp", severity) FROM stdin;
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
009
\.


--
-- Data for Name: quota; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.quota (id, resource, project_id, "limit") FROM stdin;
\.


--
-- Name: alarm_counter alarm_counter_alarm_id_project_id_state_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm_counter
    ADD CONSTRAINT alarm_counter_alarm_id_project_id_state_key UNIQUE (alarm_id, project_id, state);


--
-- Name: alarm_counter alarm_counter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm_counter
    ADD CONSTRAINT alarm_counter_pkey PRIMARY KEY (id);


--
-- Name: alarm_history alarm_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm_history
    ADD CONSTRAINT alarm_history_pkey PRIMARY KEY (event_id);


--
-- Name: alarm alarm_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm
    ADD CONSTRAINT alarm_pkey PRIMARY KEY (alarm_id);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: quota quota_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quota
    ADD CONSTRAINT quota_pkey PRIMARY KEY (id);


--
-- Name: quota quota_project_id_resource_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.quota
    ADD CONSTRAINT quota_project_id_resource_key UNIQUE (project_id, resource);


--
-- Name: ix_alarm_counter_alarm_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_counter_alarm_id ON public.alarm_counter USING btree (alarm_id);


--
-- Name: ix_alarm_counter_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_counter_project_id ON public.alarm_counter USING btree (project_id);


--
-- Name: ix_alarm_counter_state; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_counter_state ON public.alarm_counter USING btree (state);


--
-- Name: ix_alarm_enabled; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_enabled ON public.alarm USING btree (enabled);


--
-- Name: ix_alarm_history_alarm_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_history_alarm_id ON public.alarm_history USING btree (alarm_id);


--
-- Name: ix_alarm_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_project_id ON public.alarm USING btree (project_id);


--
-- Name: ix_alarm_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_type ON public.alarm USING btree (type);


--
-- Name: ix_alarm_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_alarm_user_id ON public.alarm USING btree (user_id);


--
-- Name: ix_quota_project_id_resource; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_quota_project_id_resource ON public.quota USING btree (project_id, resource);


--
-- Name: alarm_counter alarm_fkey_ref; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm_counter
    ADD CONSTRAINT alarm_fkey_ref FOREIGN KEY (alarm_id) REFERENCES public.alarm(alarm_id);


--
-- Name: alarm_history alarm_history_alarm_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alarm_history
    ADD CONSTRAINT alarm_history_alarm_id_fkey FOREIGN KEY (alarm_id) REFERENCES public.alarm(alarm_id);


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

