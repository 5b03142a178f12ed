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
-- Name: api_event; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.api_event (
    name character varying(80) NOT NULL,
    user_id uuid,
    project_id uuid,
    data jsonb,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.api_event OWNER TO postgres;

--
-- Name: asset_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_instance (
    asset_id uuid NOT NULL,
    name character varying(80),
    number integer,
    description character varying(200),
    active boolean,
    data jsonb,
    scene_id uuid,
    target_asset_id uuid,
    entity_id uuid,
    entity_type_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
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
-- Name: attachment_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.attachment_file (
    name character varying(250),
    size integer,
    extension character varying(6),
    mimetype character varying(255),
    comment_id uuid,
    reply_id uuid,
    chat_message_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.attachment_file OWNER TO postgres;

--
-- Name: budget; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget (
    project_id uuid,
    revision integer NOT NULL,
    name character varying(255) NOT NULL,
    currency character varying(3),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.budget OWNER TO postgres;

--
-- Name: budget_entry; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget_entry (
    budget_id uuid NOT NULL,
    department_id uuid NOT NULL,
    person_id uuid,
    start_date date NOT NULL,
    months_duration integer NOT NULL,
    daily_salary double precision NOT NULL,
    "position" character varying(255),
    seniority character varying(255),
    exceptions jsonb,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.budget_entry OWNER TO postgres;

--
-- Name: build_job; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.build_job (
    status character varying(255) NOT NULL,
    job_type character varying(255) NOT NULL,
    ended_at timestamp without time zone,
    playlist_id uuid NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.build_job OWNER TO postgres;

--
-- Name: chat; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.chat (
    object_id uuid NOT NULL,
    object_type character varying(80) NOT NULL,
    last_message timestamp without time zone,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.chat OWNER TO postgres;

--
-- Name: chat_message; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.chat_message (
    chat_id uuid NOT NULL,
    person_id uuid NOT NULL,
    text character varying,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.chat_message OWNER TO postgres;

--
-- Name: chat_participant; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.chat_participant (
    chat_id uuid NOT NULL,
    person_id uuid NOT NULL
);


ALTER TABLE public.chat_participant OWNER TO postgres;

--
-- Name: comment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment (
    shotgun_id integer,
    object_id uuid NOT NULL,
    object_type character varying(80) NOT NULL,
    text character varying,
    data jsonb,
    replies jsonb,
    checklist jsonb,
    pinned boolean,
    links character varying[],
    task_status_id uuid,
    person_id uuid NOT NULL,
    editor_id uuid,
    preview_file_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.comment OWNER TO postgres;

--
-- Name: comment_acknoledgments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment_acknoledgments (
    comment uuid NOT NULL,
    person uuid NOT NULL
);


ALTER TABLE public.comment_acknoledgments OWNER TO postgres;

--
-- Name: comment_department_mentions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment_department_mentions (
    comment uuid NOT NULL,
    department uuid NOT NULL
);


ALTER TABLE public.comment_department_mentions OWNER TO postgres;

--
-- Name: comment_mentions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment_mentions (
    comment uuid NOT NULL,
    person uuid NOT NULL
);


ALTER TABLE public.comment_mentions OWNER TO postgres;

--
-- Name: comment_preview_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment_preview_link (
    comment uuid NOT NULL,
    preview_file uuid NOT NULL
);


ALTER TABLE public.comment_preview_link OWNER TO postgres;

--
-- Name: custom_action; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.custom_action (
    name character varying(80) NOT NULL,
    url character varying(400),
    entity_type character varying(40),
    is_ajax boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.custom_action OWNER TO postgres;

--
-- Name: data_import_error; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.data_import_error (
    event_data jsonb NOT NULL,
    source character varying(7),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.data_import_error OWNER TO postgres;

--
-- Name: day_off; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.day_off (
    date date NOT NULL,
    end_date date NOT NULL,
    description character varying,
    person_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.day_off OWNER TO postgres;

--
-- Name: department; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.department (
    name character varying(80) NOT NULL,
    color character varying(7) NOT NULL,
    archived boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.department OWNER TO postgres;

--
-- Name: department_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.department_link (
    person_id uuid NOT NULL,
    department_id uuid NOT NULL
);


ALTER TABLE public.department_link OWNER TO postgres;

--
-- Name: department_metadata_descriptor_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.department_metadata_descriptor_link (
    metadata_descriptor_id uuid CONSTRAINT department_metadata_descriptor__metadata_descriptor_id_not_null NOT NULL,
    department_id uuid NOT NULL
);


ALTER TABLE public.department_metadata_descriptor_link OWNER TO postgres;

--
-- Name: desktop_login_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.desktop_login_log (
    person_id uuid NOT NULL,
    date timestamp without time zone NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.desktop_login_log OWNER TO postgres;

--
-- Name: entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity (
    id uuid NOT NULL,
    name character varying(160) NOT NULL,
    code character varying(160),
    description character varying,
    shotgun_id integer,
    canceled boolean,
    nb_frames integer,
    nb_entities_out integer,
    is_casting_standby boolean,
    is_shared boolean NOT NULL,
    status character varying(255) NOT NULL,
    project_id uuid NOT NULL,
    entity_type_id uuid NOT NULL,
    parent_id uuid,
    source_id uuid,
    preview_file_id uuid,
    data jsonb,
    ready_for uuid,
    created_by uuid,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.entity OWNER TO postgres;

--
-- Name: entity_concept_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_concept_link (
    entity_in_id uuid NOT NULL,
    entity_out_id uuid NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.entity_concept_link OWNER TO postgres;

--
-- Name: entity_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_link (
    entity_in_id uuid NOT NULL,
    entity_out_id uuid NOT NULL,
    data jsonb,
    nb_occurences integer,
    label character varying(80),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.entity_link OWNER TO postgres;

--
-- Name: entity_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_type (
    name character varying(30) NOT NULL,
    short_name character varying(20),
    description character varying,
    archived boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.entity_type OWNER TO postgres;

--
-- Name: entity_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_version (
    name character varying(160) NOT NULL,
    data jsonb,
    entity_id uuid,
    person_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.entity_version OWNER TO postgres;

--
-- Name: file_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_status (
    name character varying(40) NOT NULL,
    color character varying(7) NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.file_status OWNER TO postgres;

--
-- Name: hardware_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hardware_item (
    name character varying(40) NOT NULL,
    short_name character varying(20) NOT NULL,
    archived boolean,
    monthly_cost integer,
    inventory_amount integer,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.hardware_item OWNER TO postgres;

--
-- Name: hardware_item_department_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hardware_item_department_link (
    department_id uuid NOT NULL,
    hardware_item_id uuid NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.hardware_item_department_link OWNER TO postgres;

--
-- Name: login_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.login_log (
    person_id uuid NOT NULL,
    ip_address character varying(50),
    origin character varying(255),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.login_log OWNER TO postgres;

--
-- Name: metadata_descriptor; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.metadata_descriptor (
    project_id uuid NOT NULL,
    entity_type character varying(60) NOT NULL,
    name character varying(120) NOT NULL,
    data_type character varying(255),
    field_name character varying(120) NOT NULL,
    choices jsonb,
    for_client boolean,
    "position" integer,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.metadata_descriptor OWNER TO postgres;

--
-- Name: milestone; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.milestone (
    date date,
    name character varying(40) NOT NULL,
    project_id uuid,
    task_type_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.milestone OWNER TO postgres;

--
-- Name: news; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.news (
    change boolean NOT NULL,
    author_id uuid NOT NULL,
    comment_id uuid,
    task_id uuid NOT NULL,
    preview_file_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.news OWNER TO postgres;

--
-- Name: notification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification (
    read boolean NOT NULL,
    change boolean NOT NULL,
    type character varying(255) NOT NULL,
    person_id uuid NOT NULL,
    author_id uuid NOT NULL,
    comment_id uuid,
    task_id uuid,
    playlist_id uuid,
    reply_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.notification OWNER TO postgres;

--
-- Name: organisation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.organisation (
    name character varying(80) NOT NULL,
    hours_by_day double precision NOT NULL,
    has_avatar boolean,
    use_original_file_name boolean,
    timesheets_locked boolean,
    format_duration_in_hours boolean,
    hd_by_default boolean,
    chat_token_slack character varying(80),
    chat_webhook_mattermost character varying(80),
    chat_token_discord character varying(80),
    dark_theme_by_default boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.organisation OWNER TO postgres;

--
-- Name: output_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.output_file (
    shotgun_id integer,
    name character varying(250) NOT NULL,
    canceled boolean NOT NULL,
    size integer,
    checksum character varying(32),
    description character varying,
    comment character varying,
    extension character varying(10),
    revision integer NOT NULL,
    representation character varying(20),
    nb_elements integer,
    source character varying(40),
    path character varying(400),
    data jsonb,
    file_status_id uuid NOT NULL,
    entity_id uuid,
    asset_instance_id uuid,
    output_type_id uuid,
    task_type_id uuid,
    person_id uuid,
    source_file_id uuid,
    temporal_entity_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.output_file OWNER TO postgres;

--
-- Name: output_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.output_type (
    name character varying(40) NOT NULL,
    short_name character varying(20) NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.output_type OWNER TO postgres;

--
-- Name: person; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.person (
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    email character varying(255),
    phone character varying(30),
    contract_type character varying(255) NOT NULL,
    active boolean,
    archived boolean,
    last_presence date,
    password bytea,
    desktop_login character varying(80),
    login_failed_attemps integer,
    last_login_failed timestamp without time zone,
    totp_enabled boolean,
    totp_secret character varying(32),
    email_otp_enabled boolean,
    email_otp_secret character varying(32),
    fido_enabled boolean,
    fido_credentials jsonb[],
    otp_recovery_codes bytea[],
    preferred_two_factor_authentication character varying(255),
    shotgun_id integer,
    timezone character varying(50),
    locale character varying(10),
    data jsonb,
    role character varying(255) NOT NULL,
    "position" character varying(255),
    seniority character varying(255),
    daily_salary integer,
    has_avatar boolean,
    notifications_enabled boolean,
    notifications_slack_enabled boolean,
    notifications_slack_userid character varying(60),
    notifications_mattermost_enabled boolean,
    notifications_mattermost_userid character varying(60),
    notifications_discord_enabled boolean,
    notifications_discord_userid character varying(60),
    is_bot boolean NOT NULL,
    jti character varying(60),
    expiration_date date,
    studio_id uuid,
    is_generated_from_ldap boolean,
    ldap_uid character varying(60),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.person OWNER TO postgres;

--
-- Name: playlist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.playlist (
    name character varying(80) NOT NULL,
    shots jsonb,
    project_id uuid,
    episode_id uuid,
    task_type_id uuid,
    for_client boolean,
    for_entity character varying(10),
    is_for_all boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    created_by uuid
);


ALTER TABLE public.playlist OWNER TO postgres;

--
-- Name: plugin; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.plugin (
    plugin_id character varying(80) NOT NULL,
    name character varying(80) NOT NULL,
    description character varying,
    version character varying(50) NOT NULL,
    maintainer_name character varying(200) NOT NULL,
    maintainer_email character varying(255),
    website text,
    license character varying(80) NOT NULL,
    revision character varying(12),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    frontend_project_enabled boolean,
    frontend_studio_enabled boolean
);


ALTER TABLE public.plugin OWNER TO postgres;

--
-- Name: preview_background_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.preview_background_file (
    name character varying(40) NOT NULL,
    archived boolean,
    is_default boolean,
    original_name character varying(250),
    extension character varying(6),
    file_size bigint,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.preview_background_file OWNER TO postgres;

--
-- Name: preview_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.preview_file (
    name character varying(250),
    original_name character varying(250),
    revision integer,
    "position" integer,
    extension character varying(6),
    description character varying,
    path character varying(400),
    source character varying(40),
    file_size bigint,
    status character varying(255) NOT NULL,
    validation_status character varying(255) NOT NULL,
    annotations jsonb,
    width integer,
    height integer,
    duration double precision,
    task_id uuid,
    person_id uuid,
    source_file_id uuid,
    shotgun_id integer,
    is_movie boolean,
    url character varying(600),
    uploaded_movie_url character varying(600),
    uploaded_movie_name character varying(150),
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    data jsonb
);


ALTER TABLE public.preview_file OWNER TO postgres;

--
-- Name: production_schedule_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.production_schedule_version (
    name character varying(80) NOT NULL,
    project_id uuid NOT NULL,
    production_schedule_from uuid,
    locked boolean,
    canceled boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.production_schedule_version OWNER TO postgres;

--
-- Name: production_schedule_version_task_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.production_schedule_version_task_link (
    production_schedule_version_id uuid CONSTRAINT production_schedule_version_production_schedule_versio_not_null NOT NULL,
    task_id uuid NOT NULL,
    start_date timestamp without time zone,
    due_date timestamp without time zone,
    estimation double precision,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.production_schedule_version_task_link OWNER TO postgres;

--
-- Name: production_schedule_version_task_link_person_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.production_schedule_version_task_link_person_link (
    production_schedule_version_task_link_id uuid CONSTRAINT production_schedule_versio_production_schedule_versio_not_null1 NOT NULL,
    person_id uuid CONSTRAINT production_schedule_version_task_link_person_person_id_not_null NOT NULL
);


ALTER TABLE public.production_schedule_version_task_link_person_link OWNER TO postgres;

--
-- Name: project; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project (
    name character varying(80) NOT NULL,
    code character varying(80),
    description character varying,
    shotgun_id integer,
    file_tree jsonb,
    data jsonb,
    has_avatar boolean,
    fps character varying(10),
    ratio character varying(10),
    resolution character varying(12),
    production_type character varying(20),
    production_style character varying(255) NOT NULL,
    start_date date,
    end_date date,
    man_days integer,
    nb_episodes integer,
    episode_span integer,
    max_retakes integer,
    is_clients_isolated boolean,
    is_preview_download_allowed boolean,
    is_set_preview_automated boolean,
    homepage character varying(80),
    is_publish_default_for_artists boolean,
    hd_bitrate_compression integer,
    ld_bitrate_compression integer,
    project_status_id uuid,
    default_preview_background_file_id uuid,
    from_schedule_version_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.project OWNER TO postgres;

--
-- Name: project_asset_type_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_asset_type_link (
    project_id uuid NOT NULL,
    asset_type_id uuid NOT NULL
);


ALTER TABLE public.project_asset_type_link OWNER TO postgres;

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
-- Name: project_preview_background_file_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_preview_background_file_link (
    project_id uuid NOT NULL,
    preview_background_file_id uuid CONSTRAINT project_preview_background__preview_background_file_id_not_null NOT NULL
);


ALTER TABLE public.project_preview_background_file_link OWNER TO postgres;

--
-- Name: project_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_status (
    name character varying(20) NOT NULL,
    color character varying(7) NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.project_status OWNER TO postgres;

--
-- Name: project_status_automation_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_status_automation_link (
    project_id uuid NOT NULL,
    status_automation_id uuid NOT NULL
);


ALTER TABLE public.project_status_automation_link OWNER TO postgres;

--
-- Name: project_task_status_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_task_status_link (
    project_id uuid NOT NULL,
    task_status_id uuid NOT NULL,
    priority integer,
    roles_for_board character varying(255)[],
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.project_task_status_link OWNER TO postgres;

--
-- Name: project_task_type_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.project_task_type_link (
    project_id uuid NOT NULL,
    task_type_id uuid NOT NULL,
    priority integer,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.project_task_type_link OWNER TO postgres;

--
-- Name: salary_scale; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.salary_scale (
    department_id uuid NOT NULL,
    "position" character varying(255),
    seniority character varying(255),
    salary integer NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.salary_scale OWNER TO postgres;

--
-- Name: schedule_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.schedule_item (
    start_date date,
    end_date date,
    man_days integer,
    project_id uuid,
    task_type_id uuid,
    object_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.schedule_item OWNER TO postgres;

--
-- Name: search_filter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.search_filter (
    list_type character varying(80) NOT NULL,
    entity_type character varying(80),
    name character varying(200) NOT NULL,
    search_query character varying(500) NOT NULL,
    is_shared boolean DEFAULT false NOT NULL,
    department_id uuid,
    search_filter_group_id uuid,
    person_id uuid,
    project_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.search_filter OWNER TO postgres;

--
-- Name: search_filter_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.search_filter_group (
    list_type character varying(80) NOT NULL,
    entity_type character varying(80),
    name character varying(200) NOT NULL,
    color character varying(8) NOT NULL,
    is_shared boolean DEFAULT false NOT NULL,
    person_id uuid,
    project_id uuid,
    department_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.search_filter_group OWNER TO postgres;

--
-- Name: software; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.software (
    name character varying(40) NOT NULL,
    short_name character varying(20) NOT NULL,
    archived boolean,
    version character varying(20),
    file_extension character varying(20) NOT NULL,
    secondary_extensions jsonb,
    monthly_cost integer,
    inventory_amount integer,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.software OWNER TO postgres;

--
-- Name: software_department_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.software_department_link (
    department_id uuid NOT NULL,
    software_id uuid NOT NULL,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.software_department_link OWNER TO postgres;

--
-- Name: status_automation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.status_automation (
    entity_type character varying(40),
    in_task_type_id uuid,
    in_task_status_id uuid,
    out_field_type character varying(255) NOT NULL,
    out_task_type_id uuid,
    out_task_status_id uuid,
    import_last_revision boolean,
    archived boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.status_automation OWNER TO postgres;

--
-- Name: studio; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.studio (
    name character varying(80) NOT NULL,
    color character varying(7) NOT NULL,
    archived boolean,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.studio OWNER TO postgres;

--
-- Name: subscription; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.subscription (
    person_id uuid NOT NULL,
    task_id uuid,
    entity_id uuid,
    task_type_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.subscription OWNER TO postgres;

--
-- Name: task; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task (
    name character varying(80) NOT NULL,
    description character varying,
    priority integer,
    difficulty integer NOT NULL,
    duration double precision,
    estimation double precision,
    completion_rate integer,
    retake_count integer,
    sort_order integer,
    start_date timestamp without time zone,
    due_date timestamp without time zone,
    real_start_date timestamp without time zone,
    end_date timestamp without time zone,
    done_date timestamp without time zone,
    last_comment_date timestamp without time zone,
    nb_assets_ready integer,
    data jsonb,
    nb_drawings integer,
    shotgun_id integer,
    last_preview_file_id uuid,
    project_id uuid,
    task_type_id uuid,
    task_status_id uuid,
    entity_id uuid,
    assigner_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.task OWNER TO postgres;

--
-- Name: task_person_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_person_link (
    task_id uuid NOT NULL,
    person_id uuid NOT NULL
);


ALTER TABLE public.task_person_link OWNER TO postgres;

--
-- Name: task_status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_status (
    name character varying(40) NOT NULL,
    archived boolean,
    short_name character varying(10) NOT NULL,
    description character varying,
    color character varying(7) NOT NULL,
    priority integer,
    is_done boolean,
    is_artist_allowed boolean,
    is_client_allowed boolean,
    is_retake boolean,
    is_feedback_request boolean,
    is_default boolean,
    is_wip boolean DEFAULT false,
    shotgun_id integer,
    for_concept boolean DEFAULT false,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.task_status OWNER TO postgres;

--
-- Name: task_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_type (
    name character varying(40) NOT NULL,
    short_name character varying(20),
    description character varying,
    color character varying(7),
    priority integer,
    for_entity character varying(30),
    allow_timelog boolean,
    archived boolean,
    shotgun_id integer,
    department_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.task_type OWNER TO postgres;

--
-- Name: task_type_asset_type_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_type_asset_type_link (
    asset_type_id uuid NOT NULL,
    task_type_id uuid NOT NULL
);


ALTER TABLE public.task_type_asset_type_link OWNER TO postgres;

--
-- Name: time_spent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.time_spent (
    duration double precision NOT NULL,
    date date NOT NULL,
    task_id uuid,
    person_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.time_spent OWNER TO postgres;

--
-- Name: working_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.working_file (
    shotgun_id integer,
    name character varying(250),
    description character varying,
    comment character varying,
    revision integer,
    size integer,
    checksum integer,
    path character varying(400),
    data jsonb,
    task_id uuid,
    entity_id uuid,
    person_id uuid,
    software_id uuid,
    id uuid NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone
);


ALTER TABLE public.working_file OWNER TO postgres;

--
-- Data for Name: alembic_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.alembic_version (version_num) FROM stdin;
9a9df20ea5a7
\.


--
-- Data for Name: api_event; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.api_event (name, user_id, project_id, data, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: asset_instance; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.asset_instance (asset_id, name, number, description, active, data, scene_id, target_asset_id, entity_id, entity_type_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: asset_instance_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.asset_instance_link (entity_id, asset_instance_id) FROM stdin;
\.


--
-- Data for Name: attachment_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.attachment_file (name, size, extension, mimetype, comment_id, reply_id, chat_message_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: budget; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.budget (project_id, revision, name, currency, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: budget_entry; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.budget_entry (budget_id, department_id, person_id, start_date, months_duration, daily_salary, "position", seniority, exceptions, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: build_job; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.build_job (status, job_type, ended_at, playlist_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: chat; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chat (object_id, object_type, last_message, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: chat_message; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chat_message (chat_id, person_id, text, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: chat_participant; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.chat_participant (chat_id, person_id) FROM stdin;
\.


--
-- Data for Name: comment; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment (shotgun_id, object_id, object_type, text, data, replies, checklist, pinned, links, task_status_id, person_id, editor_id, preview_file_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: comment_acknoledgments; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment_acknoledgments (comment, person) FROM stdin;
\.


--
-- Data for Name: comment_department_mentions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment_department_mentions (comment, department) FROM stdin;
\.


--
-- Data for Name: comment_mentions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment_mentions (comment, person) FROM stdin;
\.


--
-- Data for Name: comment_preview_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.comment_preview_link (comment, preview_file) FROM stdin;
\.


--
-- Data for Name: custom_action; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.custom_action (name, url, entity_type, is_ajax, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: data_import_error; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.data_import_error (event_data, source, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: day_off; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.day_off (date, end_date, description, person_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: department; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.department (name, color, archived, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: department_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.department_link (person_id, department_id) FROM stdin;
\.


--
-- Data for Name: department_metadata_descriptor_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.department_metadata_descriptor_link (metadata_descriptor_id, department_id) FROM stdin;
\.


--
-- Data for Name: desktop_login_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.desktop_login_log (person_id, date, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: entity; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity (id, name, code, description, shotgun_id, canceled, nb_frames, nb_entities_out, is_casting_standby, is_shared, status, project_id, entity_type_id, parent_id, source_id, preview_file_id, data, ready_for, created_by, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: entity_concept_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_concept_link (entity_in_id, entity_out_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: entity_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_link (entity_in_id, entity_out_id, data, nb_occurences, label, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: entity_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_type (name, short_name, description, archived, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: entity_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.entity_version (name, data, entity_id, person_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: file_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.file_status (name, color, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: hardware_item; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hardware_item (name, short_name, archived, monthly_cost, inventory_amount, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: hardware_item_department_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hardware_item_department_link (department_id, hardware_item_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: login_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.login_log (person_id, ip_address, origin, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: metadata_descriptor; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.metadata_descriptor (project_id, entity_type, name, data_type, field_name, choices, for_client, "position", id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: milestone; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.milestone (date, name, project_id, task_type_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: news; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.news (change, author_id, comment_id, task_id, preview_file_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: notification; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.notification (read, change, type, person_id, author_id, comment_id, task_id, playlist_id, reply_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: organisation; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.organisation (name, hours_by_day, has_avatar, use_original_file_name, timesheets_locked, format_duration_in_hours, hd_by_default, chat_token_slack, chat_webhook_mattermost, chat_token_discord, dark_theme_by_default, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: output_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.output_file (shotgun_id, name, canceled, size, checksum, description, comment, extension, revision, representation, nb_elements, source, path, data, file_status_id, entity_id, asset_instance_id, output_type_id, task_type_id, person_id, source_file_id, temporal_entity_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: output_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.output_type (name, short_name, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.person (first_name, last_name, email, phone, contract_type, active, archived, last_presence, password, desktop_login, login_failed_attemps, last_login_failed, totp_enabled, totp_secret, email_otp_enabled, email_otp_secret, fido_enabled, fido_credentials, otp_recovery_codes, preferred_two_factor_authentication, shotgun_id, timezone, locale, data, role, "position", seniority, daily_salary, has_avatar, notifications_enabled, notifications_slack_enabled, notifications_slack_userid, notifications_mattermost_enabled, notifications_mattermost_userid, notifications_discord_enabled, notifications_discord_userid, is_bot, jti, expiration_date, studio_id, is_generated_from_ldap, ldap_uid, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: playlist; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.playlist (name, shots, project_id, episode_id, task_type_id, for_client, for_entity, is_for_all, id, created_at, updated_at, created_by) FROM stdin;
\.


--
-- Data for Name: plugin; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.plugin (plugin_id, name, description, version, maintainer_name, maintainer_email, website, license, revision, id, created_at, updated_at, frontend_project_enabled, frontend_studio_enabled) FROM stdin;
\.


--
-- Data for Name: preview_background_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.preview_background_file (name, archived, is_default, original_name, extension, file_size, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: preview_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.preview_file (name, original_name, revision, "position", extension, description, path, source, file_size, status, validation_status, annotations, width, height, duration, task_id, person_id, source_file_id, shotgun_id, is_movie, url, uploaded_movie_url, uploaded_movie_name, id, created_at, updated_at, data) FROM stdin;
\.


--
-- Data for Name: production_schedule_version; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.production_schedule_version (name, project_id, production_schedule_from, locked, canceled, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: production_schedule_version_task_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.production_schedule_version_task_link (production_schedule_version_id, task_id, start_date, due_date, estimation, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: production_schedule_version_task_link_person_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.production_schedule_version_task_link_person_link (production_schedule_version_task_link_id, person_id) FROM stdin;
\.


--
-- Data for Name: project; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project (name, code, description, shotgun_id, file_tree, data, has_avatar, fps, ratio, resolution, production_type, production_style, start_date, end_date, man_days, nb_episodes, episode_span, max_retakes, is_clients_isolated, is_preview_download_allowed, is_set_preview_automated, homepage, is_publish_default_for_artists, hd_bitrate_compression, ld_bitrate_compression, project_status_id, default_preview_background_file_id, from_schedule_version_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: project_asset_type_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_asset_type_link (project_id, asset_type_id) FROM stdin;
\.


--
-- Data for Name: project_person_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_person_link (project_id, person_id, shotgun_id) FROM stdin;
\.


--
-- Data for Name: project_preview_background_file_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_preview_background_file_link (project_id, preview_background_file_id) FROM stdin;
\.


--
-- Data for Name: project_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_status (name, color, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: project_status_automation_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_status_automation_link (project_id, status_automation_id) FROM stdin;
\.


--
-- Data for Name: project_task_status_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_task_status_link (project_id, task_status_id, priority, roles_for_board, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: project_task_type_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.project_task_type_link (project_id, task_type_id, priority, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: salary_scale; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.salary_scale (department_id, "position", seniority, salary, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: schedule_item; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.schedule_item (start_date, end_date, man_days, project_id, task_type_id, object_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: search_filter; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.search_filter (list_type, entity_type, name, search_query, is_shared, department_id, search_filter_group_id, person_id, project_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: search_filter_group; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.search_filter_group (list_type, entity_type, name, color, is_shared, person_id, project_id, department_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: software; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.software (name, short_name, archived, version, file_extension, secondary_extensions, monthly_cost, inventory_amount, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: software_department_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.software_department_link (department_id, software_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: status_automation; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.status_automation (entity_type, in_task_type_id, in_task_status_id, out_field_type, out_task_type_id, out_task_status_id, import_last_revision, archived, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: studio; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.studio (name, color, archived, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: subscription; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.subscription (person_id, task_id, entity_id, task_type_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: task; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task (name, description, priority, difficulty, duration, estimation, completion_rate, retake_count, sort_order, start_date, due_date, real_start_date, end_date, done_date, last_comment_date, nb_assets_ready, data, nb_drawings, shotgun_id, last_preview_file_id, project_id, task_type_id, task_status_id, entity_id, assigner_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: task_person_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_person_link (task_id, person_id) FROM stdin;
\.


--
-- Data for Name: task_status; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_status (name, archived, short_name, description, color, priority, is_done, is_artist_allowed, is_client_allowed, is_retake, is_feedback_request, is_default, is_wip, shotgun_id, for_concept, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: task_type; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_type (name, short_name, description, color, priority, for_entity, allow_timelog, archived, shotgun_id, department_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: task_type_asset_type_link; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.task_type_asset_type_link (asset_type_id, task_type_id) FROM stdin;
\.


--
-- Data for Name: time_spent; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.time_spent (duration, date, task_id, person_id, id, created_at, updated_at) FROM stdin;
\.


--
-- Data for Name: working_file; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.working_file (shotgun_id, name, description, comment, revision, size, checksum, path, data, task_id, entity_id, person_id, software_id, id, created_at, updated_at) FROM stdin;
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
-- Name: asset_instance asset_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_pkey PRIMARY KEY (id);


--
-- Name: asset_instance asset_instance_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_uc UNIQUE (asset_id, target_asset_id, scene_id, number);


--
-- Name: attachment_file attachment_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attachment_file
    ADD CONSTRAINT attachment_file_pkey PRIMARY KEY (id);


--
-- Name: budget_entry budget_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_entry
    ADD CONSTRAINT budget_entry_pkey PRIMARY KEY (id);


--
-- Name: budget budget_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget
    ADD CONSTRAINT budget_pkey PRIMARY KEY (id);


--
-- Name: build_job build_job_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build_job
    ADD CONSTRAINT build_job_pkey PRIMARY KEY (id);


--
-- Name: chat_message chat_message_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_message
    ADD CONSTRAINT chat_message_pkey PRIMARY KEY (id);


--
-- Name: chat_participant chat_participant_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_participant
    ADD CONSTRAINT chat_participant_pkey PRIMARY KEY (chat_id, person_id);


--
-- Name: chat chat_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat
    ADD CONSTRAINT chat_pkey PRIMARY KEY (id);


--
-- Name: comment_acknoledgments comment_acknoledgments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_acknoledgments
    ADD CONSTRAINT comment_acknoledgments_pkey PRIMARY KEY (comment, person);


--
-- Name: comment_department_mentions comment_department_mentions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_department_mentions
    ADD CONSTRAINT comment_department_mentions_pkey PRIMARY KEY (comment, department);


--
-- Name: comment_mentions comment_mentions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_mentions
    ADD CONSTRAINT comment_mentions_pkey PRIMARY KEY (comment, person);


--
-- Name: comment comment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_pkey PRIMARY KEY (id);


--
-- Name: comment_preview_link comment_preview_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_preview_link
    ADD CONSTRAINT comment_preview_link_pkey PRIMARY KEY (comment, preview_file);


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
-- Name: day_off day_off_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.day_off
    ADD CONSTRAINT day_off_pkey PRIMARY KEY (id);


--
-- Name: day_off day_off_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.day_off
    ADD CONSTRAINT day_off_uc UNIQUE (person_id, date);


--
-- Name: department_link department_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_link
    ADD CONSTRAINT department_link_uc PRIMARY KEY (person_id, department_id);


--
-- Name: department_metadata_descriptor_link department_metadata_descriptor_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_metadata_descriptor_link
    ADD CONSTRAINT department_metadata_descriptor_link_uc PRIMARY KEY (metadata_descriptor_id, department_id);


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
-- Name: entity_concept_link entity_concept_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_concept_link
    ADD CONSTRAINT entity_concept_link_pkey PRIMARY KEY (entity_in_id, entity_out_id, id);


--
-- Name: entity_link entity_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_link
    ADD CONSTRAINT entity_link_pkey PRIMARY KEY (entity_in_id, entity_out_id, id);


--
-- Name: entity_link entity_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_link
    ADD CONSTRAINT entity_link_uc UNIQUE (entity_in_id, entity_out_id);


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
-- Name: entity_version entity_version_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_version
    ADD CONSTRAINT entity_version_pkey PRIMARY KEY (id);


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
-- Name: hardware_item_department_link hardware_item_department_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item_department_link
    ADD CONSTRAINT hardware_item_department_link_pkey PRIMARY KEY (department_id, hardware_item_id, id);


--
-- Name: hardware_item_department_link hardware_item_department_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item_department_link
    ADD CONSTRAINT hardware_item_department_link_uc UNIQUE (hardware_item_id, department_id);


--
-- Name: hardware_item hardware_item_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item
    ADD CONSTRAINT hardware_item_name_key UNIQUE (name);


--
-- Name: hardware_item hardware_item_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item
    ADD CONSTRAINT hardware_item_pkey PRIMARY KEY (id);


--
-- Name: login_log login_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_log
    ADD CONSTRAINT login_log_pkey PRIMARY KEY (id);


--
-- Name: metadata_descriptor metadata_descriptor_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_descriptor
    ADD CONSTRAINT metadata_descriptor_pkey PRIMARY KEY (id);


--
-- Name: metadata_descriptor metadata_descriptor_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_descriptor
    ADD CONSTRAINT metadata_descriptor_uc UNIQUE (project_id, entity_type, name);


--
-- Name: metadata_descriptor metadata_descriptor_uc2; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_descriptor
    ADD CONSTRAINT metadata_descriptor_uc2 UNIQUE (project_id, entity_type, field_name);


--
-- Name: milestone milestone_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.milestone
    ADD CONSTRAINT milestone_pkey PRIMARY KEY (id);


--
-- Name: news news_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_pkey PRIMARY KEY (id);


--
-- Name: notification notification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_pkey PRIMARY KEY (id);


--
-- Name: notification notification_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_uc UNIQUE (person_id, author_id, comment_id, reply_id, playlist_id, type);


--
-- Name: organisation organisation_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisation
    ADD CONSTRAINT organisation_name_key UNIQUE (name);


--
-- Name: organisation organisation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.organisation
    ADD CONSTRAINT organisation_pkey PRIMARY KEY (id);


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
-- Name: person person_jti_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_jti_key UNIQUE (jti);


--
-- Name: person person_ldap_uid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_ldap_uid_key UNIQUE (ldap_uid);


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
    ADD CONSTRAINT playlist_uc UNIQUE (name, project_id, episode_id);


--
-- Name: plugin plugin_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.plugin
    ADD CONSTRAINT plugin_pkey PRIMARY KEY (id);


--
-- Name: preview_background_file preview_background_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.preview_background_file
    ADD CONSTRAINT preview_background_file_pkey PRIMARY KEY (id);


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
-- Name: production_schedule_version production_schedule_version_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version
    ADD CONSTRAINT production_schedule_version_pkey PRIMARY KEY (id);


--
-- Name: production_schedule_version_task_link_person_link production_schedule_version_task_link_person_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link_person_link
    ADD CONSTRAINT production_schedule_version_task_link_person_link_pkey PRIMARY KEY (production_schedule_version_task_link_id, person_id);


--
-- Name: production_schedule_version_task_link production_schedule_version_task_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link
    ADD CONSTRAINT production_schedule_version_task_link_pkey PRIMARY KEY (id);


--
-- Name: production_schedule_version_task_link production_schedule_version_task_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link
    ADD CONSTRAINT production_schedule_version_task_link_uc UNIQUE (production_schedule_version_id, task_id);


--
-- Name: production_schedule_version production_schedule_version_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version
    ADD CONSTRAINT production_schedule_version_uc UNIQUE (name, project_id);


--
-- Name: project_asset_type_link project_asset_type_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_asset_type_link
    ADD CONSTRAINT project_asset_type_link_pkey PRIMARY KEY (project_id, asset_type_id);


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
-- Name: project_preview_background_file_link project_preview_background_file_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_preview_background_file_link
    ADD CONSTRAINT project_preview_background_file_link_pkey PRIMARY KEY (project_id, preview_background_file_id);


--
-- Name: project_status_automation_link project_status_automation_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_status_automation_link
    ADD CONSTRAINT project_status_automation_link_pkey PRIMARY KEY (project_id, status_automation_id);


--
-- Name: project_status project_status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_status
    ADD CONSTRAINT project_status_pkey PRIMARY KEY (id);


--
-- Name: project_task_status_link project_task_status_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_status_link
    ADD CONSTRAINT project_task_status_link_pkey PRIMARY KEY (project_id, task_status_id, id);


--
-- Name: project_task_type_link project_task_type_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_type_link
    ADD CONSTRAINT project_task_type_link_pkey PRIMARY KEY (project_id, task_type_id, id);


--
-- Name: project_task_status_link project_taskstatus_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_status_link
    ADD CONSTRAINT project_taskstatus_uc UNIQUE (project_id, task_status_id);


--
-- Name: project_task_type_link project_tasktype_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_type_link
    ADD CONSTRAINT project_tasktype_uc UNIQUE (project_id, task_type_id);


--
-- Name: salary_scale salary_scale_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.salary_scale
    ADD CONSTRAINT salary_scale_pkey PRIMARY KEY (id);


--
-- Name: schedule_item schedule_item_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schedule_item
    ADD CONSTRAINT schedule_item_pkey PRIMARY KEY (id);


--
-- Name: schedule_item schedule_item_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schedule_item
    ADD CONSTRAINT schedule_item_uc UNIQUE (project_id, task_type_id, object_id);


--
-- Name: search_filter_group search_filter_group_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter_group
    ADD CONSTRAINT search_filter_group_pkey PRIMARY KEY (id);


--
-- Name: search_filter search_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_pkey PRIMARY KEY (id);


--
-- Name: software_department_link software_department_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software_department_link
    ADD CONSTRAINT software_department_link_pkey PRIMARY KEY (department_id, software_id, id);


--
-- Name: software_department_link software_department_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software_department_link
    ADD CONSTRAINT software_department_link_uc UNIQUE (department_id, software_id);


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
-- Name: status_automation status_automation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status_automation
    ADD CONSTRAINT status_automation_pkey PRIMARY KEY (id);


--
-- Name: studio studio_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studio
    ADD CONSTRAINT studio_name_key UNIQUE (name);


--
-- Name: studio studio_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.studio
    ADD CONSTRAINT studio_pkey PRIMARY KEY (id);


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
-- Name: task_person_link task_person_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_person_link
    ADD CONSTRAINT task_person_link_pkey PRIMARY KEY (task_id, person_id);


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
-- Name: task_type_asset_type_link task_type_asset_type_link_uc; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type_asset_type_link
    ADD CONSTRAINT task_type_asset_type_link_uc PRIMARY KEY (asset_type_id, task_type_id);


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
-- Name: ix_api_event_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_api_event_project_id ON public.api_event USING btree (project_id);


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
-- Name: ix_asset_instance_target_asset_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_asset_instance_target_asset_id ON public.asset_instance USING btree (target_asset_id);


--
-- Name: ix_attachment_file_chat_message_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_attachment_file_chat_message_id ON public.attachment_file USING btree (chat_message_id);


--
-- Name: ix_attachment_file_comment_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_attachment_file_comment_id ON public.attachment_file USING btree (comment_id);


--
-- Name: ix_budget_entry_budget_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_budget_entry_budget_id ON public.budget_entry USING btree (budget_id);


--
-- Name: ix_budget_entry_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_budget_entry_department_id ON public.budget_entry USING btree (department_id);


--
-- Name: ix_budget_entry_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_budget_entry_person_id ON public.budget_entry USING btree (person_id);


--
-- Name: ix_budget_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_budget_project_id ON public.budget USING btree (project_id);


--
-- Name: ix_build_job_playlist_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_build_job_playlist_id ON public.build_job USING btree (playlist_id);


--
-- Name: ix_chat_message_chat_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_chat_message_chat_id ON public.chat_message USING btree (chat_id);


--
-- Name: ix_chat_message_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_chat_message_person_id ON public.chat_message USING btree (person_id);


--
-- Name: ix_chat_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_chat_object_id ON public.chat USING btree (object_id);


--
-- Name: ix_chat_object_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_chat_object_type ON public.chat USING btree (object_type);


--
-- Name: ix_comment_editor_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_editor_id ON public.comment USING btree (editor_id);


--
-- Name: ix_comment_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_object_id ON public.comment USING btree (object_id);


--
-- Name: ix_comment_object_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_object_type ON public.comment USING btree (object_type);


--
-- Name: ix_comment_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_person_id ON public.comment USING btree (person_id);


--
-- Name: ix_comment_preview_link_comment; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_preview_link_comment ON public.comment_preview_link USING btree (comment);


--
-- Name: ix_comment_preview_link_preview_file; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_preview_link_preview_file ON public.comment_preview_link USING btree (preview_file);


--
-- Name: ix_comment_task_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_comment_task_status_id ON public.comment USING btree (task_status_id);


--
-- Name: ix_day_off_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_day_off_person_id ON public.day_off USING btree (person_id);


--
-- Name: ix_department_link_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_department_link_department_id ON public.department_link USING btree (department_id);


--
-- Name: ix_department_link_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_department_link_person_id ON public.department_link USING btree (person_id);


--
-- Name: ix_department_metadata_descriptor_link_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_department_metadata_descriptor_link_department_id ON public.department_metadata_descriptor_link USING btree (department_id);


--
-- Name: ix_department_metadata_descriptor_link_metadata_descriptor_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_department_metadata_descriptor_link_metadata_descriptor_id ON public.department_metadata_descriptor_link USING btree (metadata_descriptor_id);


--
-- Name: ix_desktop_login_log_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_desktop_login_log_person_id ON public.desktop_login_log USING btree (person_id);


--
-- Name: ix_entity_entity_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_entity_type_id ON public.entity USING btree (entity_type_id);


--
-- Name: ix_entity_link_entity_in_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_link_entity_in_id ON public.entity_link USING btree (entity_in_id);


--
-- Name: ix_entity_link_entity_out_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_link_entity_out_id ON public.entity_link USING btree (entity_out_id);


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
-- Name: ix_entity_version_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_version_entity_id ON public.entity_version USING btree (entity_id);


--
-- Name: ix_entity_version_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_entity_version_person_id ON public.entity_version USING btree (person_id);


--
-- Name: ix_hardware_item_department_link_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_hardware_item_department_link_department_id ON public.hardware_item_department_link USING btree (department_id);


--
-- Name: ix_hardware_item_department_link_hardware_item_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_hardware_item_department_link_hardware_item_id ON public.hardware_item_department_link USING btree (hardware_item_id);


--
-- Name: ix_login_log_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_login_log_person_id ON public.login_log USING btree (person_id);


--
-- Name: ix_metadata_descriptor_entity_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_metadata_descriptor_entity_type ON public.metadata_descriptor USING btree (entity_type);


--
-- Name: ix_metadata_descriptor_for_client; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_metadata_descriptor_for_client ON public.metadata_descriptor USING btree (for_client);


--
-- Name: ix_metadata_descriptor_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_metadata_descriptor_project_id ON public.metadata_descriptor USING btree (project_id);


--
-- Name: ix_milestone_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_milestone_project_id ON public.milestone USING btree (project_id);


--
-- Name: ix_milestone_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_milestone_task_type_id ON public.milestone USING btree (task_type_id);


--
-- Name: ix_news_author_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_news_author_id ON public.news USING btree (author_id);


--
-- Name: ix_news_comment_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_news_comment_id ON public.news USING btree (comment_id);


--
-- Name: ix_news_preview_file_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_news_preview_file_id ON public.news USING btree (preview_file_id);


--
-- Name: ix_news_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_news_task_id ON public.news USING btree (task_id);


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
-- Name: ix_notification_playlist_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_playlist_id ON public.notification USING btree (playlist_id);


--
-- Name: ix_notification_reply_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_reply_id ON public.notification USING btree (reply_id);


--
-- Name: ix_notification_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_notification_task_id ON public.notification USING btree (task_id);


--
-- Name: ix_output_file_asset_instance_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_asset_instance_id ON public.output_file USING btree (asset_instance_id);


--
-- Name: ix_output_file_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_entity_id ON public.output_file USING btree (entity_id);


--
-- Name: ix_output_file_file_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_file_status_id ON public.output_file USING btree (file_status_id);


--
-- Name: ix_output_file_output_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_output_type_id ON public.output_file USING btree (output_type_id);


--
-- Name: ix_output_file_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_person_id ON public.output_file USING btree (person_id);


--
-- Name: ix_output_file_representation; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_representation ON public.output_file USING btree (representation);


--
-- Name: ix_output_file_source_file_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_source_file_id ON public.output_file USING btree (source_file_id);


--
-- Name: ix_output_file_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_task_type_id ON public.output_file USING btree (task_type_id);


--
-- Name: ix_output_file_temporal_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_output_file_temporal_entity_id ON public.output_file USING btree (temporal_entity_id);


--
-- Name: ix_output_type_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_output_type_name ON public.output_type USING btree (name);


--
-- Name: ix_person_studio_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_person_studio_id ON public.person USING btree (studio_id);


--
-- Name: ix_playlist_episode_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_playlist_episode_id ON public.playlist USING btree (episode_id);


--
-- Name: ix_playlist_for_client; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_playlist_for_client ON public.playlist USING btree (for_client);


--
-- Name: ix_playlist_for_entity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_playlist_for_entity ON public.playlist USING btree (for_entity);


--
-- Name: ix_playlist_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_playlist_project_id ON public.playlist USING btree (project_id);


--
-- Name: ix_playlist_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_playlist_task_type_id ON public.playlist USING btree (task_type_id);


--
-- Name: ix_plugin_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_plugin_name ON public.plugin USING btree (name);


--
-- Name: ix_plugin_plugin_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_plugin_plugin_id ON public.plugin USING btree (plugin_id);


--
-- Name: ix_preview_background_file_is_default; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_preview_background_file_is_default ON public.preview_background_file USING btree (is_default);


--
-- Name: ix_preview_file_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_preview_file_task_id ON public.preview_file USING btree (task_id);


--
-- Name: ix_production_schedule_version_production_schedule_from; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_production_schedule_version_production_schedule_from ON public.production_schedule_version USING btree (production_schedule_from);


--
-- Name: ix_production_schedule_version_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_production_schedule_version_project_id ON public.production_schedule_version USING btree (project_id);


--
-- Name: ix_production_schedule_version_task_link_production_sch_9cee; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_production_schedule_version_task_link_production_sch_9cee ON public.production_schedule_version_task_link USING btree (production_schedule_version_id);


--
-- Name: ix_production_schedule_version_task_link_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_production_schedule_version_task_link_task_id ON public.production_schedule_version_task_link USING btree (task_id);


--
-- Name: ix_project_default_preview_background_file_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_default_preview_background_file_id ON public.project USING btree (default_preview_background_file_id);


--
-- Name: ix_project_from_schedule_version_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_from_schedule_version_id ON public.project USING btree (from_schedule_version_id);


--
-- Name: ix_project_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_project_name ON public.project USING btree (name);


--
-- Name: ix_project_person_link_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_person_link_person_id ON public.project_person_link USING btree (person_id);


--
-- Name: ix_project_person_link_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_person_link_project_id ON public.project_person_link USING btree (project_id);


--
-- Name: ix_project_project_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_project_status_id ON public.project USING btree (project_status_id);


--
-- Name: ix_project_status_automation_link_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_status_automation_link_project_id ON public.project_status_automation_link USING btree (project_id);


--
-- Name: ix_project_status_automation_link_status_automation_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_status_automation_link_status_automation_id ON public.project_status_automation_link USING btree (status_automation_id);


--
-- Name: ix_project_status_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_project_status_name ON public.project_status USING btree (name);


--
-- Name: ix_project_task_status_link_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_task_status_link_project_id ON public.project_task_status_link USING btree (project_id);


--
-- Name: ix_project_task_status_link_task_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_task_status_link_task_status_id ON public.project_task_status_link USING btree (task_status_id);


--
-- Name: ix_project_task_type_link_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_task_type_link_project_id ON public.project_task_type_link USING btree (project_id);


--
-- Name: ix_project_task_type_link_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_project_task_type_link_task_type_id ON public.project_task_type_link USING btree (task_type_id);


--
-- Name: ix_salary_scale_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_salary_scale_department_id ON public.salary_scale USING btree (department_id);


--
-- Name: ix_schedule_item_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_schedule_item_object_id ON public.schedule_item USING btree (object_id);


--
-- Name: ix_schedule_item_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_schedule_item_project_id ON public.schedule_item USING btree (project_id);


--
-- Name: ix_schedule_item_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_schedule_item_task_type_id ON public.schedule_item USING btree (task_type_id);


--
-- Name: ix_search_filter_group_list_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_search_filter_group_list_type ON public.search_filter_group USING btree (list_type);


--
-- Name: ix_search_filter_list_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_search_filter_list_type ON public.search_filter USING btree (list_type);


--
-- Name: ix_search_filter_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_search_filter_person_id ON public.search_filter USING btree (person_id);


--
-- Name: ix_search_filter_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_search_filter_project_id ON public.search_filter USING btree (project_id);


--
-- Name: ix_software_department_link_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_software_department_link_department_id ON public.software_department_link USING btree (department_id);


--
-- Name: ix_software_department_link_software_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_software_department_link_software_id ON public.software_department_link USING btree (software_id);


--
-- Name: ix_status_automation_in_task_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_status_automation_in_task_status_id ON public.status_automation USING btree (in_task_status_id);


--
-- Name: ix_status_automation_in_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_status_automation_in_task_type_id ON public.status_automation USING btree (in_task_type_id);


--
-- Name: ix_status_automation_out_task_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_status_automation_out_task_status_id ON public.status_automation USING btree (out_task_status_id);


--
-- Name: ix_status_automation_out_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_status_automation_out_task_type_id ON public.status_automation USING btree (out_task_type_id);


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
-- Name: ix_task_assigner_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_assigner_id ON public.task USING btree (assigner_id);


--
-- Name: ix_task_entity_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_entity_id ON public.task USING btree (entity_id);


--
-- Name: ix_task_project_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_project_id ON public.task USING btree (project_id);


--
-- Name: ix_task_status_is_default; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_status_is_default ON public.task_status USING btree (is_default);


--
-- Name: ix_task_status_is_done; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_status_is_done ON public.task_status USING btree (is_done);


--
-- Name: ix_task_status_is_feedback_request; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_status_is_feedback_request ON public.task_status USING btree (is_feedback_request);


--
-- Name: ix_task_status_is_wip; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_status_is_wip ON public.task_status USING btree (is_wip);


--
-- Name: ix_task_status_short_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ix_task_status_short_name ON public.task_status USING btree (short_name);


--
-- Name: ix_task_task_status_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_task_status_id ON public.task USING btree (task_status_id);


--
-- Name: ix_task_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_task_type_id ON public.task USING btree (task_type_id);


--
-- Name: ix_task_type_asset_type_link_asset_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_type_asset_type_link_asset_type_id ON public.task_type_asset_type_link USING btree (asset_type_id);


--
-- Name: ix_task_type_asset_type_link_task_type_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_type_asset_type_link_task_type_id ON public.task_type_asset_type_link USING btree (task_type_id);


--
-- Name: ix_task_type_department_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_task_type_department_id ON public.task_type USING btree (department_id);


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
-- Name: ix_working_file_person_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_person_id ON public.working_file USING btree (person_id);


--
-- Name: ix_working_file_shotgun_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_shotgun_id ON public.working_file USING btree (shotgun_id);


--
-- Name: ix_working_file_software_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_software_id ON public.working_file USING btree (software_id);


--
-- Name: ix_working_file_task_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ix_working_file_task_id ON public.working_file USING btree (task_id);


--
-- Name: only_one_email_by_person; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX only_one_email_by_person ON public.person USING btree (email, is_bot);


--
-- Name: api_event api_event_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.api_event
    ADD CONSTRAINT api_event_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


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
-- Name: asset_instance asset_instance_target_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_instance
    ADD CONSTRAINT asset_instance_target_asset_id_fkey FOREIGN KEY (target_asset_id) REFERENCES public.entity(id);


--
-- Name: attachment_file attachment_file_chat_message_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attachment_file
    ADD CONSTRAINT attachment_file_chat_message_id_fkey FOREIGN KEY (chat_message_id) REFERENCES public.chat_message(id);


--
-- Name: attachment_file attachment_file_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attachment_file
    ADD CONSTRAINT attachment_file_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comment(id);


--
-- Name: budget_entry budget_entry_budget_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_entry
    ADD CONSTRAINT budget_entry_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES public.budget(id);


--
-- Name: budget_entry budget_entry_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_entry
    ADD CONSTRAINT budget_entry_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: budget_entry budget_entry_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_entry
    ADD CONSTRAINT budget_entry_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: budget budget_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget
    ADD CONSTRAINT budget_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: build_job build_job_playlist_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.build_job
    ADD CONSTRAINT build_job_playlist_id_fkey FOREIGN KEY (playlist_id) REFERENCES public.playlist(id);


--
-- Name: chat_message chat_message_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_message
    ADD CONSTRAINT chat_message_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chat(id);


--
-- Name: chat_message chat_message_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_message
    ADD CONSTRAINT chat_message_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: chat_participant chat_participant_chat_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_participant
    ADD CONSTRAINT chat_participant_chat_id_fkey FOREIGN KEY (chat_id) REFERENCES public.chat(id);


--
-- Name: chat_participant chat_participant_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.chat_participant
    ADD CONSTRAINT chat_participant_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: comment_acknoledgments comment_acknoledgments_comment_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_acknoledgments
    ADD CONSTRAINT comment_acknoledgments_comment_fkey FOREIGN KEY (comment) REFERENCES public.comment(id);


--
-- Name: comment_acknoledgments comment_acknoledgments_person_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_acknoledgments
    ADD CONSTRAINT comment_acknoledgments_person_fkey FOREIGN KEY (person) REFERENCES public.person(id);


--
-- Name: comment_department_mentions comment_department_mentions_comment_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_department_mentions
    ADD CONSTRAINT comment_department_mentions_comment_fkey FOREIGN KEY (comment) REFERENCES public.comment(id);


--
-- Name: comment_department_mentions comment_department_mentions_department_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_department_mentions
    ADD CONSTRAINT comment_department_mentions_department_fkey FOREIGN KEY (department) REFERENCES public.department(id);


--
-- Name: comment comment_editor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_editor_id_fkey FOREIGN KEY (editor_id) REFERENCES public.person(id);


--
-- Name: comment_mentions comment_mentions_comment_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_mentions
    ADD CONSTRAINT comment_mentions_comment_fkey FOREIGN KEY (comment) REFERENCES public.comment(id);


--
-- Name: comment_mentions comment_mentions_person_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_mentions
    ADD CONSTRAINT comment_mentions_person_fkey FOREIGN KEY (person) REFERENCES public.person(id);


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
-- Name: comment_preview_link comment_preview_link_comment_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_preview_link
    ADD CONSTRAINT comment_preview_link_comment_fkey FOREIGN KEY (comment) REFERENCES public.comment(id);


--
-- Name: comment_preview_link comment_preview_link_preview_file_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_preview_link
    ADD CONSTRAINT comment_preview_link_preview_file_fkey FOREIGN KEY (preview_file) REFERENCES public.preview_file(id);


--
-- Name: comment comment_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT comment_task_status_id_fkey FOREIGN KEY (task_status_id) REFERENCES public.task_status(id);


--
-- Name: day_off day_off_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.day_off
    ADD CONSTRAINT day_off_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


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
-- Name: department_metadata_descriptor_link department_metadata_descriptor_link_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_metadata_descriptor_link
    ADD CONSTRAINT department_metadata_descriptor_link_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: department_metadata_descriptor_link department_metadata_descriptor_link_metadata_descriptor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.department_metadata_descriptor_link
    ADD CONSTRAINT department_metadata_descriptor_link_metadata_descriptor_id_fkey FOREIGN KEY (metadata_descriptor_id) REFERENCES public.metadata_descriptor(id);


--
-- Name: desktop_login_log desktop_login_log_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.desktop_login_log
    ADD CONSTRAINT desktop_login_log_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: entity_concept_link entity_concept_link_entity_in_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_concept_link
    ADD CONSTRAINT entity_concept_link_entity_in_id_fkey FOREIGN KEY (entity_in_id) REFERENCES public.entity(id);


--
-- Name: entity_concept_link entity_concept_link_entity_out_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_concept_link
    ADD CONSTRAINT entity_concept_link_entity_out_id_fkey FOREIGN KEY (entity_out_id) REFERENCES public.entity(id);


--
-- Name: entity entity_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.person(id);


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
-- Name: entity entity_preview_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_preview_file_id_fkey FOREIGN KEY (preview_file_id) REFERENCES public.preview_file(id);


--
-- Name: entity entity_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: entity entity_ready_for_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_ready_for_fkey FOREIGN KEY (ready_for) REFERENCES public.task_type(id);


--
-- Name: entity entity_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.entity(id);


--
-- Name: entity_version entity_version_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_version
    ADD CONSTRAINT entity_version_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_version entity_version_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_version
    ADD CONSTRAINT entity_version_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: hardware_item_department_link hardware_item_department_link_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item_department_link
    ADD CONSTRAINT hardware_item_department_link_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: hardware_item_department_link hardware_item_department_link_hardware_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hardware_item_department_link
    ADD CONSTRAINT hardware_item_department_link_hardware_item_id_fkey FOREIGN KEY (hardware_item_id) REFERENCES public.hardware_item(id);


--
-- Name: login_log login_log_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.login_log
    ADD CONSTRAINT login_log_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: metadata_descriptor metadata_descriptor_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.metadata_descriptor
    ADD CONSTRAINT metadata_descriptor_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: milestone milestone_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.milestone
    ADD CONSTRAINT milestone_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: milestone milestone_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.milestone
    ADD CONSTRAINT milestone_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: news news_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.person(id);


--
-- Name: news news_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_comment_id_fkey FOREIGN KEY (comment_id) REFERENCES public.comment(id);


--
-- Name: news news_preview_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_preview_file_id_fkey FOREIGN KEY (preview_file_id) REFERENCES public.preview_file(id);


--
-- Name: news news_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.news
    ADD CONSTRAINT news_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


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
-- Name: notification notification_playlist_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT notification_playlist_id_fkey FOREIGN KEY (playlist_id) REFERENCES public.playlist(id);


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
-- Name: person person_studio_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_studio_id_fkey FOREIGN KEY (studio_id) REFERENCES public.studio(id);


--
-- Name: playlist playlist_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.person(id);


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
-- Name: playlist playlist_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.playlist
    ADD CONSTRAINT playlist_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


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
-- Name: production_schedule_version_task_link_person_link production_schedule_version__production_schedule_version__fkey1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link_person_link
    ADD CONSTRAINT production_schedule_version__production_schedule_version__fkey1 FOREIGN KEY (production_schedule_version_task_link_id) REFERENCES public.production_schedule_version_task_link(id);


--
-- Name: production_schedule_version production_schedule_version_production_schedule_from_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version
    ADD CONSTRAINT production_schedule_version_production_schedule_from_fkey FOREIGN KEY (production_schedule_from) REFERENCES public.production_schedule_version(id);


--
-- Name: production_schedule_version production_schedule_version_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version
    ADD CONSTRAINT production_schedule_version_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: production_schedule_version_task_link production_schedule_version_t_production_schedule_version__fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link
    ADD CONSTRAINT production_schedule_version_t_production_schedule_version__fkey FOREIGN KEY (production_schedule_version_id) REFERENCES public.production_schedule_version(id);


--
-- Name: production_schedule_version_task_link_person_link production_schedule_version_task_link_person_lin_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link_person_link
    ADD CONSTRAINT production_schedule_version_task_link_person_lin_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: production_schedule_version_task_link production_schedule_version_task_link_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.production_schedule_version_task_link
    ADD CONSTRAINT production_schedule_version_task_link_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


--
-- Name: project_asset_type_link project_asset_type_link_asset_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_asset_type_link
    ADD CONSTRAINT project_asset_type_link_asset_type_id_fkey FOREIGN KEY (asset_type_id) REFERENCES public.entity_type(id);


--
-- Name: project_asset_type_link project_asset_type_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_asset_type_link
    ADD CONSTRAINT project_asset_type_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project project_default_preview_background_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_default_preview_background_file_id_fkey FOREIGN KEY (default_preview_background_file_id) REFERENCES public.preview_background_file(id);


--
-- Name: project project_from_schedule_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_from_schedule_version_id_fkey FOREIGN KEY (from_schedule_version_id) REFERENCES public.production_schedule_version(id);


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
-- Name: project_preview_background_file_link project_preview_background_file_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_preview_background_file_link
    ADD CONSTRAINT project_preview_background_file_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project_preview_background_file_link project_preview_background_file_preview_background_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_preview_background_file_link
    ADD CONSTRAINT project_preview_background_file_preview_background_file_id_fkey FOREIGN KEY (preview_background_file_id) REFERENCES public.preview_background_file(id);


--
-- Name: project project_project_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project
    ADD CONSTRAINT project_project_status_id_fkey FOREIGN KEY (project_status_id) REFERENCES public.project_status(id);


--
-- Name: project_status_automation_link project_status_automation_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_status_automation_link
    ADD CONSTRAINT project_status_automation_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project_status_automation_link project_status_automation_link_status_automation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_status_automation_link
    ADD CONSTRAINT project_status_automation_link_status_automation_id_fkey FOREIGN KEY (status_automation_id) REFERENCES public.status_automation(id);


--
-- Name: project_task_status_link project_task_status_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_status_link
    ADD CONSTRAINT project_task_status_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project_task_status_link project_task_status_link_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_status_link
    ADD CONSTRAINT project_task_status_link_task_status_id_fkey FOREIGN KEY (task_status_id) REFERENCES public.task_status(id);


--
-- Name: project_task_type_link project_task_type_link_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_type_link
    ADD CONSTRAINT project_task_type_link_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: project_task_type_link project_task_type_link_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.project_task_type_link
    ADD CONSTRAINT project_task_type_link_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: salary_scale salary_scale_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.salary_scale
    ADD CONSTRAINT salary_scale_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: schedule_item schedule_item_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schedule_item
    ADD CONSTRAINT schedule_item_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


--
-- Name: schedule_item schedule_item_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schedule_item
    ADD CONSTRAINT schedule_item_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


--
-- Name: search_filter search_filter_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: search_filter_group search_filter_group_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter_group
    ADD CONSTRAINT search_filter_group_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: search_filter_group search_filter_group_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter_group
    ADD CONSTRAINT search_filter_group_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: search_filter_group search_filter_group_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter_group
    ADD CONSTRAINT search_filter_group_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.project(id);


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
-- Name: search_filter search_filter_search_filter_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.search_filter
    ADD CONSTRAINT search_filter_search_filter_group_id_fkey FOREIGN KEY (search_filter_group_id) REFERENCES public.search_filter_group(id);


--
-- Name: software_department_link software_department_link_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software_department_link
    ADD CONSTRAINT software_department_link_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.department(id);


--
-- Name: software_department_link software_department_link_software_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.software_department_link
    ADD CONSTRAINT software_department_link_software_id_fkey FOREIGN KEY (software_id) REFERENCES public.software(id);


--
-- Name: status_automation status_automation_in_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status_automation
    ADD CONSTRAINT status_automation_in_task_status_id_fkey FOREIGN KEY (in_task_status_id) REFERENCES public.task_status(id);


--
-- Name: status_automation status_automation_in_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status_automation
    ADD CONSTRAINT status_automation_in_task_type_id_fkey FOREIGN KEY (in_task_type_id) REFERENCES public.task_type(id);


--
-- Name: status_automation status_automation_out_task_status_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status_automation
    ADD CONSTRAINT status_automation_out_task_status_id_fkey FOREIGN KEY (out_task_status_id) REFERENCES public.task_status(id);


--
-- Name: status_automation status_automation_out_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status_automation
    ADD CONSTRAINT status_automation_out_task_type_id_fkey FOREIGN KEY (out_task_type_id) REFERENCES public.task_type(id);


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
-- Name: task_person_link task_person_link_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_person_link
    ADD CONSTRAINT task_person_link_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: task_person_link task_person_link_task_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_person_link
    ADD CONSTRAINT task_person_link_task_id_fkey FOREIGN KEY (task_id) REFERENCES public.task(id);


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
-- Name: task_type_asset_type_link task_type_asset_type_link_asset_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type_asset_type_link
    ADD CONSTRAINT task_type_asset_type_link_asset_type_id_fkey FOREIGN KEY (asset_type_id) REFERENCES public.entity_type(id);


--
-- Name: task_type_asset_type_link task_type_asset_type_link_task_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_type_asset_type_link
    ADD CONSTRAINT task_type_asset_type_link_task_type_id_fkey FOREIGN KEY (task_type_id) REFERENCES public.task_type(id);


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

