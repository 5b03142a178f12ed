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
-- Name: backendtype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.backendtype AS ENUM (
    'AWS',
    'AZURE',
    'GCP',
    'LAMBDA'
);


ALTER TYPE public.backendtype OWNER TO postgres;

--
-- Name: globalrole; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.globalrole AS ENUM (
    'ADMIN',
    'USER'
);


ALTER TYPE public.globalrole OWNER TO postgres;

--
-- Name: joberrorcode; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.joberrorcode AS ENUM (
    'NO_INSTANCE_MATCHING_REQUIREMENTS',
    'FAILED_TO_START_DUE_TO_NO_CAPACITY',
    'INTERRUPTED_BY_NO_CAPACITY',
    'INSTANCE_TERMINATED',
    'CONTAINER_EXITED_WITH_ERROR',
    'PORTS_BINDING_FAILED'
);


ALTER TYPE public.joberrorcode OWNER TO postgres;

--
-- Name: jobstatus; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.jobstatus AS ENUM (
    'PENDING',
    'SUBMITTED',
    'PROVISIONING',
    'RUNNING',
    'TERMINATING',
    'TERMINATED',
    'ABORTED',
    'FAILED',
    'DONE'
);


ALTER TYPE public.jobstatus OWNER TO postgres;

--
-- Name: projectrole; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.projectrole AS ENUM (
    'ADMIN',
    'USER'
);


ALTER TYPE public.projectrole OWNER TO postgres;

--
-- Name: repotype; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.repotype AS ENUM (
    'REMOTE',
    'LOCAL'
);


ALTER TYPE public.repotype OWNER TO postgres;

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
-- Name: backends; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.backends (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    type public.backendtype NOT NULL,
    config character varying(2000) NOT NULL,
    auth character varying(2000) NOT NULL
);


ALTER TABLE public.backends OWNER TO postgres;

--
-- Name: codes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.codes (
    id uuid NOT NULL,
    repo_id uuid NOT NULL,
    blob_hash character varying(4000) NOT NULL,
    blob bytea NOT NULL
);


ALTER TABLE public.codes OWNER TO postgres;

--
-- Name: gateways; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gateways (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    ip_address character varying(100) NOT NULL,
    instance_id character varying(100) NOT NULL,
    region character varying(100) NOT NULL,
    wildcard_domain character varying(100),
    created_at timestamp without time zone NOT NULL,
    project_id uuid NOT NULL,
    backend_id uuid NOT NULL
);


ALTER TABLE public.gateways OWNER TO postgres;

--
-- Name: jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.jobs (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    run_id uuid NOT NULL,
    run_name character varying(100) NOT NULL,
    job_num integer NOT NULL,
    job_name character varying(100) NOT NULL,
    submission_num integer NOT NULL,
    submitted_at timestamp without time zone NOT NULL,
    last_processed_at timestamp without time zone NOT NULL,
    status public.jobstatus NOT NULL,
    error_code public.joberrorcode,
    job_spec_data character varying(4000) NOT NULL,
    job_provisioning_data character varying(4000),
    runner_timestamp integer
);


ALTER TABLE public.jobs OWNER TO postgres;

--
-- Name: members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.members (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    user_id uuid NOT NULL,
    project_role public.projectrole NOT NULL
);


ALTER TABLE public.members OWNER TO postgres;

--
-- Name: projects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.projects (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    ssh_private_key text NOT NULL,
    ssh_public_key text NOT NULL,
    default_gateway_id uuid,
    owner_id uuid
);


ALTER TABLE public.projects OWNER TO postgres;

--
-- Name: repos; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.repos (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    type public.repotype NOT NULL,
    info character varying(2000) NOT NULL,
    creds character varying(2000)
);


ALTER TABLE public.repos OWNER TO postgres;

--
-- Name: runs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.runs (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    repo_id uuid NOT NULL,
    user_id uuid NOT NULL,
    submitted_at timestamp without time zone NOT NULL,
    run_name character varying(100) NOT NULL,
    status public.jobstatus NOT NULL,
    run_spec character varying(4000) NOT NULL
);


ALTER TABLE public.runs OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    name character varying(50) NOT NULL,
    token character varying(200) NOT NULL,
    global_role public.globalrole NOT NULL,
    projects_quota integer
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
d0bb68e48b9f
\.


--
-- Data for Name: backends; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.backends (id, project_id, type, config, auth) FROM stdin;
\.


--
-- Data for Name: codes; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.codes (id, repo_id, blob_hash, blob) FROM stdin;
\.


--
-- Data for Name: gateways; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.gateways (id, name, ip_address, instance_id, region, wildcard_domain, created_at, project_id, backend_id) FROM stdin;
\.


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.jobs (id, project_id, run_id, run_name, job_num, job_name, submission_num, submitted_at, last_processed_at, status, error_code, job_spec_data, job_provisioning_data, runner_timestamp) FROM stdin;
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.members (id, project_id, user_id, project_role) FROM stdin;
\.


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.projects (id, name, ssh_private_key, ssh_public_key, default_gateway_id, owner_id) FROM stdin;
6f0d2e3b-0000-4000-8000-000000000001	main	private-key	ssh-ed25519 AAAA main	\N	5e9c1d2a-0000-4000-8000-000000000001
6f0d2e3b-0000-4000-8000-000000000002	legacy	private-key	ssh-ed25519 AAAA legacy	\N	\N
\.


--
-- Data for Name: repos; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.repos (id, project_id, name, type, info, creds) FROM stdin;
\.


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.runs (id, project_id, repo_id, user_id, submitted_at, run_name, status, run_spec) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, name, token, global_role, projects_quota) FROM stdin;
5e9c1d2a-0000-4000-8000-000000000001	alice	token-alice	ADMIN	3
5e9c1d2a-0000-4000-8000-000000000002	bob	token-bob	USER	\N
\.


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: backends pk_backends; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backends
    ADD CONSTRAINT pk_backends PRIMARY KEY (id);


--
-- Name: codes pk_codes; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.codes
    ADD CONSTRAINT pk_codes PRIMARY KEY (id);


--
-- Name: gateways pk_gateways; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT pk_gateways PRIMARY KEY (id);


--
-- Name: jobs pk_jobs; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT pk_jobs PRIMARY KEY (id);


--
-- Name: members pk_members; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT pk_members PRIMARY KEY (id);


--
-- Name: projects pk_projects; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT pk_projects PRIMARY KEY (id);


--
-- Name: repos pk_repos; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repos
    ADD CONSTRAINT pk_repos PRIMARY KEY (id);


--
-- Name: runs pk_runs; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT pk_runs PRIMARY KEY (id);


--
-- Name: users pk_users; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT pk_users PRIMARY KEY (id);


--
-- Name: codes uq_codes_blob_hash; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.codes
    ADD CONSTRAINT uq_codes_blob_hash UNIQUE (blob_hash);


--
-- Name: gateways uq_gateways_project_id_name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT uq_gateways_project_id_name UNIQUE (project_id, name);


--
-- Name: projects uq_projects_name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT uq_projects_name UNIQUE (name);


--
-- Name: repos uq_repos_project_id_name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repos
    ADD CONSTRAINT uq_repos_project_id_name UNIQUE (project_id, name);


--
-- Name: users uq_users_name; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT uq_users_name UNIQUE (name);


--
-- Name: users uq_users_token; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT uq_users_token UNIQUE (token);


--
-- Name: backends fk_backends_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.backends
    ADD CONSTRAINT fk_backends_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: codes fk_codes_repo_id_repos; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.codes
    ADD CONSTRAINT fk_codes_repo_id_repos FOREIGN KEY (repo_id) REFERENCES public.repos(id) ON DELETE CASCADE;


--
-- Name: gateways fk_gateways_backend_id_backends; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT fk_gateways_backend_id_backends FOREIGN KEY (backend_id) REFERENCES public.backends(id) ON DELETE CASCADE;


--
-- Name: gateways fk_gateways_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gateways
    ADD CONSTRAINT fk_gateways_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: jobs fk_jobs_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT fk_jobs_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: jobs fk_jobs_run_id_runs; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT fk_jobs_run_id_runs FOREIGN KEY (run_id) REFERENCES public.runs(id) ON DELETE CASCADE;


--
-- Name: members fk_members_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT fk_members_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: members fk_members_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.members
    ADD CONSTRAINT fk_members_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: projects fk_projects_default_gateway_id_gateways; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT fk_projects_default_gateway_id_gateways FOREIGN KEY (default_gateway_id) REFERENCES public.gateways(id) ON DELETE SET NULL;


--
-- Name: projects fk_projects_owner_id_users; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT fk_projects_owner_id_users FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: repos fk_repos_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.repos
    ADD CONSTRAINT fk_repos_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: runs fk_runs_project_id_projects; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT fk_runs_project_id_projects FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: runs fk_runs_repo_id_repos; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT fk_runs_repo_id_repos FOREIGN KEY (repo_id) REFERENCES public.repos(id) ON DELETE CASCADE;


--
-- Name: runs fk_runs_user_id_users; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT fk_runs_user_id_users FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

