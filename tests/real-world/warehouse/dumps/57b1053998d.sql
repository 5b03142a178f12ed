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
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: package_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.package_type AS ENUM (
    'bdist_dmg',
    'bdist_dumb',
    'bdist_egg',
    'bdist_msi',
    'bdist_rpm',
    'bdist_wheel',
    'bdist_wininst',
    'sdist'
);


ALTER TYPE public.package_type OWNER TO postgres;

--
-- Name: normalize_pep426_name(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.normalize_pep426_name(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$
                SELECT lower(regexp_replace($1, '(\.|_)', '-', 'ig'))
            $_$;


ALTER FUNCTION public.normalize_pep426_name(text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts_email; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts_email (
    id integer NOT NULL,
    user_id integer NOT NULL,
    email character varying(254) NOT NULL,
    "primary" boolean NOT NULL,
    verified boolean NOT NULL
);


ALTER TABLE public.accounts_email OWNER TO postgres;

--
-- Name: accounts_email_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.accounts_email_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.accounts_email_id_seq OWNER TO postgres;

--
-- Name: accounts_email_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.accounts_email_id_seq OWNED BY public.accounts_email.id;


--
-- Name: accounts_gpgkey; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts_gpgkey (
    id integer NOT NULL,
    user_id integer NOT NULL,
    key_id public.citext NOT NULL,
    verified boolean NOT NULL,
    CONSTRAINT accounts_gpgkey_valid_key_id CHECK ((key_id OPERATOR(public.~*) '^[A-F0-9]{8}$'::public.citext))
);


ALTER TABLE public.accounts_gpgkey OWNER TO postgres;

--
-- Name: accounts_gpgkey_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.accounts_gpgkey_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.accounts_gpgkey_id_seq OWNER TO postgres;

--
-- Name: accounts_gpgkey_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.accounts_gpgkey_id_seq OWNED BY public.accounts_gpgkey.id;


--
-- Name: accounts_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.accounts_user (
    id integer NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp without time zone NOT NULL,
    is_superuser boolean NOT NULL,
    username public.citext NOT NULL,
    name character varying(100) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp without time zone DEFAULT now(),
    CONSTRAINT accounts_user_valid_username CHECK ((username OPERATOR(public.~*) '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'::public.citext)),
    CONSTRAINT packages_valid_name CHECK ((length((username)::text) <= 50))
);


ALTER TABLE public.accounts_user OWNER TO postgres;

--
-- Name: accounts_user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.accounts_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.accounts_user_id_seq OWNER TO postgres;

--
-- Name: accounts_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.accounts_user_id_seq OWNED BY public.accounts_user.id;


--
-- Name: alembic_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alembic_version (
    version_num character varying(32) NOT NULL
);


ALTER TABLE public.alembic_version OWNER TO postgres;

--
-- Name: browse_tally; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.browse_tally (
    trove_id integer NOT NULL,
    tally integer
);


ALTER TABLE public.browse_tally OWNER TO postgres;

--
-- Name: browse_tally_trove_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.browse_tally_trove_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.browse_tally_trove_id_seq OWNER TO postgres;

--
-- Name: browse_tally_trove_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.browse_tally_trove_id_seq OWNED BY public.browse_tally.trove_id;


--
-- Name: cheesecake_main_indices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cheesecake_main_indices (
    id integer NOT NULL,
    absolute integer NOT NULL,
    relative integer NOT NULL
);


ALTER TABLE public.cheesecake_main_indices OWNER TO postgres;

--
-- Name: cheesecake_main_indices_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.cheesecake_main_indices_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.cheesecake_main_indices_id_seq OWNER TO postgres;

--
-- Name: cheesecake_main_indices_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.cheesecake_main_indices_id_seq OWNED BY public.cheesecake_main_indices.id;


--
-- Name: cheesecake_subindices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cheesecake_subindices (
    main_index_id integer NOT NULL,
    name text NOT NULL,
    value integer NOT NULL,
    details text NOT NULL
);


ALTER TABLE public.cheesecake_subindices OWNER TO postgres;

--
-- Name: comments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comments (
    id integer NOT NULL,
    rating integer,
    user_name public.citext,
    date timestamp without time zone,
    message text,
    in_reply_to integer
);


ALTER TABLE public.comments OWNER TO postgres;

--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.comments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.comments_id_seq OWNER TO postgres;

--
-- Name: comments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;


--
-- Name: comments_journal; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comments_journal (
    name text,
    version text,
    id integer,
    submitted_by public.citext,
    date timestamp without time zone,
    action text
);


ALTER TABLE public.comments_journal OWNER TO postgres;

--
-- Name: cookies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cookies (
    cookie text NOT NULL,
    name public.citext,
    last_seen timestamp without time zone
);


ALTER TABLE public.cookies OWNER TO postgres;

--
-- Name: csrf_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.csrf_tokens (
    name public.citext NOT NULL,
    token text,
    end_date timestamp without time zone
);


ALTER TABLE public.csrf_tokens OWNER TO postgres;

--
-- Name: description_urls; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.description_urls (
    id integer NOT NULL,
    name text,
    version text,
    url text
);


ALTER TABLE public.description_urls OWNER TO postgres;

--
-- Name: description_urls_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.description_urls_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.description_urls_id_seq OWNER TO postgres;

--
-- Name: description_urls_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.description_urls_id_seq OWNED BY public.description_urls.id;


--
-- Name: dual; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dual (
    dummy integer
);


ALTER TABLE public.dual OWNER TO postgres;

--
-- Name: file_registry; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_registry (
    id integer NOT NULL,
    filename text NOT NULL
);


ALTER TABLE public.file_registry OWNER TO postgres;

--
-- Name: file_registry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.file_registry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.file_registry_id_seq OWNER TO postgres;

--
-- Name: file_registry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.file_registry_id_seq OWNED BY public.file_registry.id;


--
-- Name: journals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.journals (
    id integer NOT NULL,
    name text,
    version text,
    action text,
    submitted_date timestamp without time zone,
    submitted_by public.citext,
    submitted_from text
);


ALTER TABLE public.journals OWNER TO postgres;

--
-- Name: journals_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.journals_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.journals_id_seq OWNER TO postgres;

--
-- Name: journals_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.journals_id_seq OWNED BY public.journals.id;


--
-- Name: mirrors; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mirrors (
    ip text NOT NULL,
    user_name public.citext,
    index_url text,
    last_modified_url text,
    local_stats_url text,
    stats_url text,
    mirrors_url text
);


ALTER TABLE public.mirrors OWNER TO postgres;

--
-- Name: oauth_access_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_access_tokens (
    token character varying(32) NOT NULL,
    secret character varying(64) NOT NULL,
    consumer character varying(32) NOT NULL,
    date_created date NOT NULL,
    last_modified date NOT NULL,
    user_name public.citext
);


ALTER TABLE public.oauth_access_tokens OWNER TO postgres;

--
-- Name: oauth_consumers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_consumers (
    consumer character varying(32) NOT NULL,
    secret character varying(64) NOT NULL,
    date_created date NOT NULL,
    created_by public.citext,
    last_modified date NOT NULL,
    description character varying(255) NOT NULL
);


ALTER TABLE public.oauth_consumers OWNER TO postgres;

--
-- Name: oauth_nonce; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_nonce (
    "timestamp" integer NOT NULL,
    consumer character varying(32) NOT NULL,
    nonce character varying(32) NOT NULL,
    token character varying(32)
);


ALTER TABLE public.oauth_nonce OWNER TO postgres;

--
-- Name: oauth_request_tokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_request_tokens (
    token character varying(32) NOT NULL,
    secret character varying(64) NOT NULL,
    consumer character varying(32) NOT NULL,
    callback text,
    date_created date NOT NULL,
    user_name public.citext
);


ALTER TABLE public.oauth_request_tokens OWNER TO postgres;

--
-- Name: oid_associations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oid_associations (
    server_url character varying(2047) NOT NULL,
    handle character varying(255) NOT NULL,
    secret bytea NOT NULL,
    issued integer NOT NULL,
    lifetime integer NOT NULL,
    assoc_type character varying(64) NOT NULL,
    CONSTRAINT secret_length_constraint CHECK ((length(secret) <= 128))
);


ALTER TABLE public.oid_associations OWNER TO postgres;

--
-- Name: oid_nonces; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oid_nonces (
    server_url character varying(2047) NOT NULL,
    "timestamp" integer NOT NULL,
    salt character varying(40) NOT NULL
);


ALTER TABLE public.oid_nonces OWNER TO postgres;

--
-- Name: openid_discovered; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.openid_discovered (
    url text NOT NULL,
    created timestamp without time zone,
    services bytea,
    op_endpoint text,
    op_local text
);


ALTER TABLE public.openid_discovered OWNER TO postgres;

--
-- Name: openid_nonces; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.openid_nonces (
    created timestamp without time zone,
    nonce text
);


ALTER TABLE public.openid_nonces OWNER TO postgres;

--
-- Name: openid_sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.openid_sessions (
    id integer NOT NULL,
    url text,
    assoc_handle text,
    expires timestamp without time zone,
    mac_key text
);


ALTER TABLE public.openid_sessions OWNER TO postgres;

--
-- Name: openid_sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.openid_sessions_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.openid_sessions_id_seq OWNER TO postgres;

--
-- Name: openid_sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.openid_sessions_id_seq OWNED BY public.openid_sessions.id;


--
-- Name: openid_whitelist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.openid_whitelist (
    name text NOT NULL,
    trust_root text NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.openid_whitelist OWNER TO postgres;

--
-- Name: openids; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.openids (
    id text NOT NULL,
    name public.citext
);


ALTER TABLE public.openids OWNER TO postgres;

--
-- Name: packages; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.packages (
    name text NOT NULL,
    stable_version text,
    autohide boolean DEFAULT true,
    comments boolean DEFAULT true,
    bugtrack_url text,
    hosting_mode text DEFAULT 'pypi-explicit'::text NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    has_docs boolean,
    CONSTRAINT packages_valid_name CHECK ((name ~* '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'::text))
);


ALTER TABLE public.packages OWNER TO postgres;

--
-- Name: ratings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ratings (
    id integer NOT NULL,
    name text NOT NULL,
    version text NOT NULL,
    user_name public.citext NOT NULL,
    date timestamp without time zone,
    rating integer
);


ALTER TABLE public.ratings OWNER TO postgres;

--
-- Name: ratings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.ratings_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.ratings_id_seq OWNER TO postgres;

--
-- Name: ratings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.ratings_id_seq OWNED BY public.ratings.id;


--
-- Name: rego_otk; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rego_otk (
    name public.citext,
    otk text,
    date timestamp without time zone
);


ALTER TABLE public.rego_otk OWNER TO postgres;

--
-- Name: release_classifiers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.release_classifiers (
    name text,
    version text,
    trove_id integer
);


ALTER TABLE public.release_classifiers OWNER TO postgres;

--
-- Name: release_dependencies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.release_dependencies (
    name text,
    version text,
    kind integer,
    specifier text
);


ALTER TABLE public.release_dependencies OWNER TO postgres;

--
-- Name: release_files; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.release_files (
    name text,
    version text,
    python_version text,
    packagetype public.package_type,
    comment_text text,
    filename text,
    md5_digest text,
    downloads integer DEFAULT 0,
    upload_time timestamp without time zone,
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    has_signature boolean,
    size integer
);


ALTER TABLE public.release_files OWNER TO postgres;

--
-- Name: release_requires_python; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.release_requires_python (
    name text,
    version text,
    specifier text
);


ALTER TABLE public.release_requires_python OWNER TO postgres;

--
-- Name: release_urls; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.release_urls (
    name text,
    version text,
    url text,
    packagetype text
);


ALTER TABLE public.release_urls OWNER TO postgres;

--
-- Name: releases; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.releases (
    name text NOT NULL,
    version text NOT NULL,
    author text,
    author_email text,
    maintainer text,
    maintainer_email text,
    home_page text,
    license text,
    summary text,
    description text,
    keywords text,
    platform text,
    download_url text,
    _pypi_ordering integer,
    _pypi_hidden boolean,
    cheesecake_installability_id integer,
    cheesecake_documentation_id integer,
    cheesecake_code_kwalitee_id integer,
    requires_python text,
    description_from_readme boolean,
    created timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.releases OWNER TO postgres;

--
-- Name: roles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.roles (
    role_name text,
    user_name public.citext,
    package_name text,
    id uuid DEFAULT gen_random_uuid() NOT NULL
);


ALTER TABLE public.roles OWNER TO postgres;

--
-- Name: sshkeys; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sshkeys (
    id integer NOT NULL,
    name public.citext,
    key text
);


ALTER TABLE public.sshkeys OWNER TO postgres;

--
-- Name: sshkeys_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.sshkeys_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.sshkeys_id_seq OWNER TO postgres;

--
-- Name: sshkeys_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.sshkeys_id_seq OWNED BY public.sshkeys.id;


--
-- Name: timestamps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timestamps (
    name text NOT NULL,
    value timestamp without time zone
);


ALTER TABLE public.timestamps OWNER TO postgres;

--
-- Name: trove_classifiers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trove_classifiers (
    id integer NOT NULL,
    classifier text,
    l2 integer,
    l3 integer,
    l4 integer,
    l5 integer
);


ALTER TABLE public.trove_classifiers OWNER TO postgres;

--
-- Name: trove_classifiers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.trove_classifiers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.trove_classifiers_id_seq OWNER TO postgres;

--
-- Name: trove_classifiers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.trove_classifiers_id_seq OWNED BY public.trove_classifiers.id;


--
-- Name: accounts_email id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_email ALTER COLUMN id SET DEFAULT nextval('public.accounts_email_id_seq'::regclass);


--
-- Name: accounts_gpgkey id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_gpgkey ALTER COLUMN id SET DEFAULT nextval('public.accounts_gpgkey_id_seq'::regclass);


--
-- Name: accounts_user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_user ALTER COLUMN id SET DEFAULT nextval('public.accounts_user_id_seq'::regclass);


--
-- Name: browse_tally trove_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.browse_tally ALTER COLUMN trove_id SET DEFAULT nextval('public.browse_tally_trove_id_seq'::regclass);


--
-- Name: cheesecake_main_indices id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cheesecake_main_indices ALTER COLUMN id SET DEFAULT nextval('public.cheesecake_main_indices_id_seq'::regclass);


--
-- Name: comments id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);


--
-- Name: description_urls id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.description_urls ALTER COLUMN id SET DEFAULT nextval('public.description_urls_id_seq'::regclass);


--
-- Name: file_registry id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_registry ALTER COLUMN id SET DEFAULT nextval('public.file_registry_id_seq'::regclass);


--
-- Name: journals id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journals ALTER COLUMN id SET DEFAULT nextval('public.journals_id_seq'::regclass);


--
-- Name: openid_sessions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openid_sessions ALTER COLUMN id SET DEFAULT nextval('public.openid_sessions_id_seq'::regclass);


--
-- Name: ratings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ratings ALTER COLUMN id SET DEFAULT nextval('public.ratings_id_seq'::regclass);


--
-- Name: sshkeys id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sshkeys ALTER COLUMN id SET DEFAULT nextval('public.sshkeys_id_seq'::regclass);


--
-- Name: trove_classifiers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trove_classifiers ALTER COLUMN id SET DEFAULT nextval('public.trove_classifiers_id_seq'::regclass);


--
-- Data for Name: accounts_email; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accounts_email (id, user_id, email, "primary", verified) FROM stdin;
\.


--
-- Data for Name: accounts_gpgkey; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accounts_gpgkey (id, user_id, key_id, verified) FROM stdin;
\.


--
-- Data for Name: accounts_user; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.accounts_user (id, password, last_login, is_superuser, username, name, is_staff, is_active, date_joined) FROM stdin;
\.


--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
1ce6d45d7ef
41e9207fbe5
\.


--
-- Data for Name: browse_tally; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.browse_tally (trove_id, tally) FROM stdin;
\.


--
-- Data for Name: cheesecake_main_indices; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cheesecake_main_indices (id, absolute, relative) FROM stdin;
\.


--
-- Data for Name: cheesecake_subindices; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cheesecake_subindices (main_index_id, name, value, details) FROM stdin;
\.


--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comments (id, rating, user_name, date, message, in_reply_to) FROM stdin;
\.


--
-- Data for Name: comments_journal; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comments_journal (name, version, id, submitted_by, date, action) FROM stdin;
\.


--
-- Data for Name: cookies; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cookies (cookie, name, last_seen) FROM stdin;
\.


--
-- Data for Name: csrf_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.csrf_tokens (name, token, end_date) FROM stdin;
\.


--
-- Data for Name: description_urls; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.description_urls (id, name, version, url) FROM stdin;
\.


--
-- Data for Name: dual; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.dual (dummy) FROM stdin;
\.


--
-- Data for Name: file_registry; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.file_registry (id, filename) FROM stdin;
\.


--
-- Data for Name: journals; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.journals (id, name, version, action, submitted_date, submitted_by, submitted_from) FROM stdin;
\.


--
-- Data for Name: mirrors; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mirrors (ip, user_name, index_url, last_modified_url, local_stats_url, stats_url, mirrors_url) FROM stdin;
\.


--
-- Data for Name: oauth_access_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_access_tokens (token, secret, consumer, date_created, last_modified, user_name) FROM stdin;
\.


--
-- Data for Name: oauth_consumers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_consumers (consumer, secret, date_created, created_by, last_modified, description) FROM stdin;
\.


--
-- Data for Name: oauth_nonce; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_nonce ("timestamp", consumer, nonce, token) FROM stdin;
\.


--
-- Data for Name: oauth_request_tokens; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oauth_request_tokens (token, secret, consumer, callback, date_created, user_name) FROM stdin;
\.


--
-- Data for Name: oid_associations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oid_associations (server_url, handle, secret, issued, lifetime, assoc_type) FROM stdin;
\.


--
-- Data for Name: oid_nonces; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.oid_nonces (server_url, "timestamp", salt) FROM stdin;
\.


--
-- Data for Name: openid_discovered; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.openid_discovered (url, created, services, op_endpoint, op_local) FROM stdin;
\.


--
-- Data for Name: openid_nonces; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.openid_nonces (created, nonce) FROM stdin;
\.


--
-- Data for Name: openid_sessions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.openid_sessions (id, url, assoc_handle, expires, mac_key) FROM stdin;
\.


--
-- Data for Name: openid_whitelist; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.openid_whitelist (name, trust_root, created) FROM stdin;
\.


--
-- Data for Name: openids; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.openids (id, name) FROM stdin;
\.


--
-- Data for Name: packages; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.packages (name, stable_version, autohide, comments, bugtrack_url, hosting_mode, created, has_docs) FROM stdin;
\.


--
-- Data for Name: ratings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ratings (id, name, version, user_name, date, rating) FROM stdin;
\.


--
-- Data for Name: rego_otk; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.rego_otk (name, otk, date) FROM stdin;
\.


--
-- Data for Name: release_classifiers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.release_classifiers (name, version, trove_id) FROM stdin;
\.


--
-- Data for Name: release_dependencies; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.release_dependencies (name, version, kind, specifier) FROM stdin;
\.


--
-- Data for Name: release_files; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.release_files (name, version, python_version, packagetype, comment_text, filename, md5_digest, downloads, upload_time, id, has_signature, size) FROM stdin;
\.


--
-- Data for Name: release_requires_python; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.release_requires_python (name, version, specifier) FROM stdin;
\.


--
-- Data for Name: release_urls; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.release_urls (name, version, url, packagetype) FROM stdin;
\.


--
-- Data for Name: releases; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.releases (name, version, author, author_email, maintainer, maintainer_email, home_page, license, summary, description, keywords, platform, download_url, _pypi_ordering, _pypi_hidden, cheesecake_installability_id, cheesecake_documentation_id, cheesecake_code_kwalitee_id, requires_python, description_from_readme, created) FROM stdin;
\.


--
-- Data for Name: roles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.roles (role_name, user_name, package_name, id) FROM stdin;
\.


--
-- Data for Name: sshkeys; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.sshkeys (id, name, key) FROM stdin;
\.


--
-- Data for Name: timestamps; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.timestamps (name, value) FROM stdin;
\.


--
-- Data for Name: trove_classifiers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.trove_classifiers (id, classifier, l2, l3, l4, l5) FROM stdin;
\.


--
-- Name: accounts_email_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.accounts_email_id_seq', 1, false);


--
-- Name: accounts_gpgkey_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.accounts_gpgkey_id_seq', 1, false);


--
-- Name: accounts_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.accounts_user_id_seq', 1, false);


--
-- Name: browse_tally_trove_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.browse_tally_trove_id_seq', 1, false);


--
-- Name: cheesecake_main_indices_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.cheesecake_main_indices_id_seq', 1, false);


--
-- Name: comments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.comments_id_seq', 1, false);


--
-- Name: description_urls_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.description_urls_id_seq', 1, false);


--
-- Name: file_registry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.file_registry_id_seq', 1, false);


--
-- Name: journals_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.journals_id_seq', 1, false);


--
-- Name: openid_sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.openid_sessions_id_seq', 1, false);


--
-- Name: ratings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ratings_id_seq', 1, false);


--
-- Name: sshkeys_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.sshkeys_id_seq', 1, false);


--
-- Name: trove_classifiers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.trove_classifiers_id_seq', 1, false);


--
-- Name: accounts_email accounts_email_email_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_email
    ADD CONSTRAINT accounts_email_email_key UNIQUE (email);


--
-- Name: accounts_email accounts_email_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_email
    ADD CONSTRAINT accounts_email_pkey PRIMARY KEY (id);


--
-- Name: accounts_gpgkey accounts_gpgkey_key_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_gpgkey
    ADD CONSTRAINT accounts_gpgkey_key_id_key UNIQUE (key_id);


--
-- Name: accounts_gpgkey accounts_gpgkey_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_gpgkey
    ADD CONSTRAINT accounts_gpgkey_pkey PRIMARY KEY (id);


--
-- Name: accounts_user accounts_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_pkey PRIMARY KEY (id);


--
-- Name: accounts_user accounts_user_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_username_key UNIQUE (username);


--
-- Name: alembic_version alembic_version_pkc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alembic_version
    ADD CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num);


--
-- Name: browse_tally browse_tally_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.browse_tally
    ADD CONSTRAINT browse_tally_pkey PRIMARY KEY (trove_id);


--
-- Name: cheesecake_main_indices cheesecake_main_indices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cheesecake_main_indices
    ADD CONSTRAINT cheesecake_main_indices_pkey PRIMARY KEY (id);


--
-- Name: cheesecake_subindices cheesecake_subindices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cheesecake_subindices
    ADD CONSTRAINT cheesecake_subindices_pkey PRIMARY KEY (main_index_id, name);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: cookies cookies_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cookies
    ADD CONSTRAINT cookies_pkey PRIMARY KEY (cookie);


--
-- Name: csrf_tokens csrf_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.csrf_tokens
    ADD CONSTRAINT csrf_tokens_pkey PRIMARY KEY (name);


--
-- Name: description_urls description_urls_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.description_urls
    ADD CONSTRAINT description_urls_pkey PRIMARY KEY (id);


--
-- Name: file_registry file_registry_filename_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_registry
    ADD CONSTRAINT file_registry_filename_key UNIQUE (filename);


--
-- Name: file_registry file_registry_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_registry
    ADD CONSTRAINT file_registry_pkey PRIMARY KEY (id);


--
-- Name: journals journals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journals
    ADD CONSTRAINT journals_pkey PRIMARY KEY (id);


--
-- Name: mirrors mirrors_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mirrors
    ADD CONSTRAINT mirrors_pkey PRIMARY KEY (ip);


--
-- Name: oauth_access_tokens oauth_access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_access_tokens
    ADD CONSTRAINT oauth_access_tokens_pkey PRIMARY KEY (token);


--
-- Name: oauth_consumers oauth_consumers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_consumers
    ADD CONSTRAINT oauth_consumers_pkey PRIMARY KEY (consumer);


--
-- Name: oauth_request_tokens oauth_request_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_request_tokens
    ADD CONSTRAINT oauth_request_tokens_pkey PRIMARY KEY (token);


--
-- Name: oid_associations oid_associations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oid_associations
    ADD CONSTRAINT oid_associations_pkey PRIMARY KEY (server_url, handle);


--
-- Name: oid_nonces oid_nonces_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oid_nonces
    ADD CONSTRAINT oid_nonces_pkey PRIMARY KEY (server_url, "timestamp", salt);


--
-- Name: openid_discovered openid_discovered_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openid_discovered
    ADD CONSTRAINT openid_discovered_pkey PRIMARY KEY (url);


--
-- Name: openid_sessions openid_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openid_sessions
    ADD CONSTRAINT openid_sessions_pkey PRIMARY KEY (id);


--
-- Name: openid_whitelist openid_whitelist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openid_whitelist
    ADD CONSTRAINT openid_whitelist_pkey PRIMARY KEY (name, trust_root);


--
-- Name: openids openids_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openids
    ADD CONSTRAINT openids_pkey PRIMARY KEY (id);


--
-- Name: packages packages_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.packages
    ADD CONSTRAINT packages_pkey PRIMARY KEY (name);


--
-- Name: ratings ratings_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ratings
    ADD CONSTRAINT ratings_name_key UNIQUE (name, version, user_name);


--
-- Name: ratings ratings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ratings
    ADD CONSTRAINT ratings_pkey PRIMARY KEY (id);


--
-- Name: rego_otk rego_otk_unique; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rego_otk
    ADD CONSTRAINT rego_otk_unique UNIQUE (otk);


--
-- Name: release_files release_files_filename_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_files
    ADD CONSTRAINT release_files_filename_key UNIQUE (filename);


--
-- Name: release_files release_files_md5_digest_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_files
    ADD CONSTRAINT release_files_md5_digest_key UNIQUE (md5_digest);


--
-- Name: releases releases_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.releases
    ADD CONSTRAINT releases_pkey PRIMARY KEY (name, version);


--
-- Name: sshkeys sshkeys_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sshkeys
    ADD CONSTRAINT sshkeys_pkey PRIMARY KEY (id);


--
-- Name: timestamps timestamps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timestamps
    ADD CONSTRAINT timestamps_pkey PRIMARY KEY (name);


--
-- Name: trove_classifiers trove_classifiers_classifier_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trove_classifiers
    ADD CONSTRAINT trove_classifiers_classifier_key UNIQUE (classifier);


--
-- Name: trove_classifiers trove_classifiers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trove_classifiers
    ADD CONSTRAINT trove_classifiers_pkey PRIMARY KEY (id);


--
-- Name: accounts_email_email_like; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX accounts_email_email_like ON public.accounts_email USING btree (email);


--
-- Name: accounts_email_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX accounts_email_user_id ON public.accounts_email USING btree (user_id);


--
-- Name: accounts_gpgkey_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX accounts_gpgkey_user_id ON public.accounts_gpgkey USING btree (user_id);


--
-- Name: cookies_last_seen; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX cookies_last_seen ON public.cookies USING btree (last_seen);


--
-- Name: description_urls_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX description_urls_name_idx ON public.description_urls USING btree (name);


--
-- Name: description_urls_name_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX description_urls_name_version_idx ON public.description_urls USING btree (name, version);


--
-- Name: journals_changelog; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX journals_changelog ON public.journals USING btree (submitted_date, name, version, action);


--
-- Name: journals_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX journals_id_idx ON public.journals USING btree (id);


--
-- Name: journals_latest_releases; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX journals_latest_releases ON public.journals USING btree (submitted_date, name, version) WHERE ((version IS NOT NULL) AND (action = 'new release'::text));


--
-- Name: journals_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX journals_name_idx ON public.journals USING btree (name);


--
-- Name: journals_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX journals_version_idx ON public.journals USING btree (version);


--
-- Name: openid_nonces_created; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX openid_nonces_created ON public.openid_nonces USING btree (created);


--
-- Name: openid_nonces_nonce; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX openid_nonces_nonce ON public.openid_nonces USING btree (nonce);


--
-- Name: project_name_pep426_normalized; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX project_name_pep426_normalized ON public.packages USING btree (public.normalize_pep426_name(name));


--
-- Name: rating_name_version; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rating_name_version ON public.ratings USING btree (name, version);


--
-- Name: rego_otk_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rego_otk_name_idx ON public.rego_otk USING btree (name);


--
-- Name: rego_otk_otk_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rego_otk_otk_idx ON public.rego_otk USING btree (otk);


--
-- Name: rel_class_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_class_name_idx ON public.release_classifiers USING btree (name);


--
-- Name: rel_class_name_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_class_name_version_idx ON public.release_classifiers USING btree (name, version);


--
-- Name: rel_class_trove_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_class_trove_id_idx ON public.release_classifiers USING btree (trove_id);


--
-- Name: rel_class_version_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_class_version_id_idx ON public.release_classifiers USING btree (version);


--
-- Name: rel_dep_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_dep_name_idx ON public.release_dependencies USING btree (name);


--
-- Name: rel_dep_name_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_dep_name_version_idx ON public.release_dependencies USING btree (name, version);


--
-- Name: rel_dep_name_version_kind_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_dep_name_version_kind_idx ON public.release_dependencies USING btree (name, version, kind);


--
-- Name: rel_req_python_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_req_python_name_idx ON public.release_requires_python USING btree (name);


--
-- Name: rel_req_python_name_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_req_python_name_version_idx ON public.release_requires_python USING btree (name, version);


--
-- Name: rel_req_python_version_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rel_req_python_version_id_idx ON public.release_requires_python USING btree (version);


--
-- Name: release_files_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_files_name_idx ON public.release_files USING btree (name);


--
-- Name: release_files_name_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_files_name_version_idx ON public.release_files USING btree (name, version);


--
-- Name: release_files_packagetype_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_files_packagetype_idx ON public.release_files USING btree (packagetype);


--
-- Name: release_files_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_files_version_idx ON public.release_files USING btree (version);


--
-- Name: release_name_created_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_name_created_idx ON public.releases USING btree (name, created DESC);


--
-- Name: release_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_name_idx ON public.releases USING btree (name);


--
-- Name: release_pypi_hidden_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_pypi_hidden_idx ON public.releases USING btree (_pypi_hidden);


--
-- Name: release_urls_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_urls_name_idx ON public.release_urls USING btree (name);


--
-- Name: release_urls_packagetype_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_urls_packagetype_idx ON public.release_urls USING btree (packagetype);


--
-- Name: release_urls_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_urls_version_idx ON public.release_urls USING btree (version);


--
-- Name: release_version_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX release_version_idx ON public.releases USING btree (version);


--
-- Name: releases_name_ts_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX releases_name_ts_idx ON public.releases USING gin (to_tsvector('english'::regconfig, name));


--
-- Name: releases_summary_ts_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX releases_summary_ts_idx ON public.releases USING gin (to_tsvector('english'::regconfig, summary));


--
-- Name: roles_pack_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX roles_pack_name_idx ON public.roles USING btree (package_name);


--
-- Name: roles_user_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX roles_user_name_idx ON public.roles USING btree (user_name);


--
-- Name: sshkeys_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sshkeys_name ON public.sshkeys USING btree (name);


--
-- Name: trove_class_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX trove_class_class_idx ON public.trove_classifiers USING btree (classifier);


--
-- Name: trove_class_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX trove_class_id_idx ON public.trove_classifiers USING btree (id);


--
-- Name: accounts_email accounts_email_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_email
    ADD CONSTRAINT accounts_email_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_gpgkey accounts_gpgkey_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.accounts_gpgkey
    ADD CONSTRAINT accounts_gpgkey_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: cheesecake_subindices cheesecake_subindices_main_index_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cheesecake_subindices
    ADD CONSTRAINT cheesecake_subindices_main_index_id_fkey FOREIGN KEY (main_index_id) REFERENCES public.cheesecake_main_indices(id);


--
-- Name: comments comments_in_reply_to_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_in_reply_to_fkey FOREIGN KEY (in_reply_to) REFERENCES public.comments(id) ON DELETE CASCADE;


--
-- Name: comments_journal comments_journal_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments_journal
    ADD CONSTRAINT comments_journal_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: comments_journal comments_journal_submitted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments_journal
    ADD CONSTRAINT comments_journal_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES public.accounts_user(username) ON DELETE CASCADE;


--
-- Name: comments comments_rating_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_rating_fkey FOREIGN KEY (rating) REFERENCES public.ratings(id) ON DELETE CASCADE;


--
-- Name: comments comments_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username) ON DELETE CASCADE;


--
-- Name: cookies cookies_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cookies
    ADD CONSTRAINT cookies_name_fkey FOREIGN KEY (name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: csrf_tokens csrf_tokens_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.csrf_tokens
    ADD CONSTRAINT csrf_tokens_name_fkey FOREIGN KEY (name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: description_urls description_urls_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.description_urls
    ADD CONSTRAINT description_urls_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: journals journals_submitted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journals
    ADD CONSTRAINT journals_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES public.accounts_user(username) ON UPDATE CASCADE;


--
-- Name: mirrors mirrors_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mirrors
    ADD CONSTRAINT mirrors_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username);


--
-- Name: oauth_access_tokens oauth_access_tokens_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_access_tokens
    ADD CONSTRAINT oauth_access_tokens_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: oauth_consumers oauth_consumers_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_consumers
    ADD CONSTRAINT oauth_consumers_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.accounts_user(username) ON UPDATE CASCADE;


--
-- Name: oauth_request_tokens oauth_request_tokens_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_request_tokens
    ADD CONSTRAINT oauth_request_tokens_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: openids openids_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.openids
    ADD CONSTRAINT openids_name_fkey FOREIGN KEY (name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: ratings ratings_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ratings
    ADD CONSTRAINT ratings_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: ratings ratings_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ratings
    ADD CONSTRAINT ratings_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username) ON DELETE CASCADE;


--
-- Name: rego_otk rego_otk_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rego_otk
    ADD CONSTRAINT rego_otk_name_fkey FOREIGN KEY (name) REFERENCES public.accounts_user(username) ON DELETE CASCADE;


--
-- Name: release_classifiers release_classifiers_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_classifiers
    ADD CONSTRAINT release_classifiers_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: release_classifiers release_classifiers_trove_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_classifiers
    ADD CONSTRAINT release_classifiers_trove_id_fkey FOREIGN KEY (trove_id) REFERENCES public.trove_classifiers(id);


--
-- Name: release_dependencies release_dependencies_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_dependencies
    ADD CONSTRAINT release_dependencies_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: release_files release_files_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_files
    ADD CONSTRAINT release_files_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: release_requires_python release_requires_python_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_requires_python
    ADD CONSTRAINT release_requires_python_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: release_urls release_urls_name_version_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.release_urls
    ADD CONSTRAINT release_urls_name_version_fkey FOREIGN KEY (name, version) REFERENCES public.releases(name, version) ON UPDATE CASCADE;


--
-- Name: releases releases_cheesecake_code_kwalitee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.releases
    ADD CONSTRAINT releases_cheesecake_code_kwalitee_id_fkey FOREIGN KEY (cheesecake_code_kwalitee_id) REFERENCES public.cheesecake_main_indices(id);


--
-- Name: releases releases_cheesecake_documentation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.releases
    ADD CONSTRAINT releases_cheesecake_documentation_id_fkey FOREIGN KEY (cheesecake_documentation_id) REFERENCES public.cheesecake_main_indices(id);


--
-- Name: releases releases_cheesecake_installability_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.releases
    ADD CONSTRAINT releases_cheesecake_installability_id_fkey FOREIGN KEY (cheesecake_installability_id) REFERENCES public.cheesecake_main_indices(id);


--
-- Name: releases releases_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.releases
    ADD CONSTRAINT releases_name_fkey FOREIGN KEY (name) REFERENCES public.packages(name) ON UPDATE CASCADE;


--
-- Name: roles roles_package_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_package_name_fkey FOREIGN KEY (package_name) REFERENCES public.packages(name) ON UPDATE CASCADE;


--
-- Name: roles roles_user_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_user_name_fkey FOREIGN KEY (user_name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE;


--
-- Name: sshkeys sshkeys_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sshkeys
    ADD CONSTRAINT sshkeys_name_fkey FOREIGN KEY (name) REFERENCES public.accounts_user(username) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict rehearse

