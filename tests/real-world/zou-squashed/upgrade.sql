BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1b2c3d4e5f6

CREATE TABLE asset_instance (
    asset_id UUID NOT NULL, 
    name VARCHAR(80), 
    number INTEGER, 
    description VARCHAR(200), 
    active BOOLEAN, 
    data JSONB, 
    scene_id UUID, 
    target_asset_id UUID, 
    entity_id UUID, 
    entity_type_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT asset_instance_uc UNIQUE (asset_id, target_asset_id, scene_id, number)
);

CREATE TABLE chat (
    object_id UUID NOT NULL, 
    object_type VARCHAR(80) NOT NULL, 
    last_message TIMESTAMP WITHOUT TIME ZONE, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE custom_action (
    name VARCHAR(80) NOT NULL, 
    url VARCHAR(400), 
    entity_type VARCHAR(40), 
    is_ajax BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE data_import_error (
    event_data JSONB NOT NULL, 
    source VARCHAR(7), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE department (
    name VARCHAR(80) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    archived BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE entity (
    id UUID NOT NULL, 
    name VARCHAR(160) NOT NULL, 
    code VARCHAR(160), 
    description VARCHAR, 
    shotgun_id INTEGER, 
    canceled BOOLEAN, 
    nb_frames INTEGER, 
    nb_entities_out INTEGER, 
    is_casting_standby BOOLEAN, 
    is_shared BOOLEAN NOT NULL, 
    status VARCHAR(255) NOT NULL, 
    project_id UUID NOT NULL, 
    entity_type_id UUID NOT NULL, 
    parent_id UUID, 
    source_id UUID, 
    preview_file_id UUID, 
    data JSONB, 
    ready_for UUID, 
    created_by UUID, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT entity_uc UNIQUE (name, project_id, entity_type_id, parent_id)
);

CREATE TABLE entity_type (
    name VARCHAR(30) NOT NULL, 
    short_name VARCHAR(20), 
    description VARCHAR, 
    archived BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE file_status (
    name VARCHAR(40) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE hardware_item (
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20) NOT NULL, 
    archived BOOLEAN, 
    monthly_cost INTEGER, 
    inventory_amount INTEGER, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE organisation (
    name VARCHAR(80) NOT NULL, 
    hours_by_day FLOAT NOT NULL, 
    has_avatar BOOLEAN, 
    use_original_file_name BOOLEAN, 
    timesheets_locked BOOLEAN, 
    format_duration_in_hours BOOLEAN, 
    hd_by_default BOOLEAN, 
    chat_token_slack VARCHAR(80), 
    chat_webhook_mattermost VARCHAR(80), 
    chat_token_discord VARCHAR(80), 
    dark_theme_by_default BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE output_file (
    shotgun_id INTEGER, 
    name VARCHAR(250) NOT NULL, 
    canceled BOOLEAN NOT NULL, 
    size INTEGER, 
    checksum VARCHAR(32), 
    description VARCHAR, 
    comment VARCHAR, 
    extension VARCHAR(10), 
    revision INTEGER NOT NULL, 
    representation VARCHAR(20), 
    nb_elements INTEGER, 
    source VARCHAR(40), 
    path VARCHAR(400), 
    data JSONB, 
    file_status_id UUID NOT NULL, 
    entity_id UUID, 
    asset_instance_id UUID, 
    output_type_id UUID, 
    task_type_id UUID, 
    person_id UUID, 
    source_file_id UUID, 
    temporal_entity_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT output_file_uc UNIQUE (name, entity_id, asset_instance_id, output_type_id, task_type_id, temporal_entity_id, representation, revision)
);

CREATE TABLE output_type (
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20) NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE plugin (
    plugin_id VARCHAR(80) NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    description VARCHAR, 
    version VARCHAR(50) NOT NULL, 
    maintainer_name VARCHAR(200) NOT NULL, 
    maintainer_email VARCHAR(255), 
    website TEXT, 
    license VARCHAR(80) NOT NULL, 
    revision VARCHAR(12), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE preview_background_file (
    name VARCHAR(40) NOT NULL, 
    archived BOOLEAN, 
    is_default BOOLEAN, 
    original_name VARCHAR(250), 
    extension VARCHAR(6), 
    file_size BIGINT, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE preview_file (
    name VARCHAR(250), 
    original_name VARCHAR(250), 
    revision INTEGER, 
    position INTEGER, 
    extension VARCHAR(6), 
    description VARCHAR, 
    path VARCHAR(400), 
    source VARCHAR(40), 
    file_size BIGINT, 
    status VARCHAR(255) NOT NULL, 
    validation_status VARCHAR(255) NOT NULL, 
    annotations JSONB, 
    width INTEGER, 
    height INTEGER, 
    duration FLOAT, 
    task_id UUID, 
    person_id UUID, 
    source_file_id UUID, 
    shotgun_id INTEGER, 
    is_movie BOOLEAN, 
    url VARCHAR(600), 
    uploaded_movie_url VARCHAR(600), 
    uploaded_movie_name VARCHAR(150), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT preview_uc UNIQUE (name, task_id, revision), 
    UNIQUE (shotgun_id)
);

CREATE TABLE project_status (
    name VARCHAR(20) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE software (
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20) NOT NULL, 
    archived BOOLEAN, 
    version VARCHAR(20), 
    file_extension VARCHAR(20) NOT NULL, 
    secondary_extensions JSONB, 
    monthly_cost INTEGER, 
    inventory_amount INTEGER, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE studio (
    name VARCHAR(80) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    archived BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE task (
    name VARCHAR(80) NOT NULL, 
    description VARCHAR, 
    priority INTEGER, 
    difficulty INTEGER NOT NULL, 
    duration FLOAT, 
    estimation FLOAT, 
    completion_rate INTEGER, 
    retake_count INTEGER, 
    sort_order INTEGER, 
    start_date TIMESTAMP WITHOUT TIME ZONE, 
    due_date TIMESTAMP WITHOUT TIME ZONE, 
    real_start_date TIMESTAMP WITHOUT TIME ZONE, 
    end_date TIMESTAMP WITHOUT TIME ZONE, 
    done_date TIMESTAMP WITHOUT TIME ZONE, 
    last_comment_date TIMESTAMP WITHOUT TIME ZONE, 
    nb_assets_ready INTEGER, 
    data JSONB, 
    nb_drawings INTEGER, 
    shotgun_id INTEGER, 
    last_preview_file_id UUID, 
    project_id UUID, 
    task_type_id UUID, 
    task_status_id UUID, 
    entity_id UUID, 
    assigner_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT task_uc UNIQUE (name, project_id, task_type_id, entity_id)
);

CREATE TABLE task_status (
    name VARCHAR(40) NOT NULL, 
    archived BOOLEAN, 
    short_name VARCHAR(10) NOT NULL, 
    description VARCHAR, 
    color VARCHAR(7) NOT NULL, 
    priority INTEGER, 
    is_done BOOLEAN, 
    is_artist_allowed BOOLEAN, 
    is_client_allowed BOOLEAN, 
    is_retake BOOLEAN, 
    is_feedback_request BOOLEAN, 
    is_default BOOLEAN, 
    is_wip BOOLEAN DEFAULT false, 
    shotgun_id INTEGER, 
    for_concept BOOLEAN DEFAULT false, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE working_file (
    shotgun_id INTEGER, 
    name VARCHAR(250), 
    description VARCHAR, 
    comment VARCHAR, 
    revision INTEGER, 
    size INTEGER, 
    checksum INTEGER, 
    path VARCHAR(400), 
    data JSONB, 
    task_id UUID, 
    entity_id UUID, 
    person_id UUID, 
    software_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT working_file_uc UNIQUE (name, task_id, entity_id, revision)
);

CREATE TABLE asset_instance_link (
    entity_id UUID NOT NULL, 
    asset_instance_id UUID NOT NULL, 
    PRIMARY KEY (entity_id, asset_instance_id)
);

CREATE TABLE entity_concept_link (
    entity_in_id UUID NOT NULL, 
    entity_out_id UUID NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (entity_in_id, entity_out_id, id)
);

CREATE TABLE entity_link (
    entity_in_id UUID NOT NULL, 
    entity_out_id UUID NOT NULL, 
    data JSONB, 
    nb_occurences INTEGER, 
    label VARCHAR(80), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (entity_in_id, entity_out_id, id), 
    CONSTRAINT entity_link_uc UNIQUE (entity_in_id, entity_out_id)
);

CREATE TABLE hardware_item_department_link (
    department_id UUID NOT NULL, 
    hardware_item_id UUID NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (department_id, hardware_item_id, id), 
    CONSTRAINT hardware_item_department_link_uc UNIQUE (hardware_item_id, department_id)
);

CREATE TABLE person (
    first_name VARCHAR(80) NOT NULL, 
    last_name VARCHAR(80) NOT NULL, 
    email VARCHAR(255), 
    phone VARCHAR(30), 
    contract_type VARCHAR(255) NOT NULL, 
    active BOOLEAN, 
    archived BOOLEAN, 
    last_presence DATE, 
    password BYTEA, 
    desktop_login VARCHAR(80), 
    login_failed_attemps INTEGER, 
    last_login_failed TIMESTAMP WITHOUT TIME ZONE, 
    totp_enabled BOOLEAN, 
    totp_secret VARCHAR(32), 
    email_otp_enabled BOOLEAN, 
    email_otp_secret VARCHAR(32), 
    fido_enabled BOOLEAN, 
    fido_credentials JSONB[], 
    otp_recovery_codes BYTEA[], 
    preferred_two_factor_authentication VARCHAR(255), 
    shotgun_id INTEGER, 
    timezone VARCHAR(50), 
    locale VARCHAR(10), 
    data JSONB, 
    role VARCHAR(255) NOT NULL, 
    position VARCHAR(255), 
    seniority VARCHAR(255), 
    daily_salary INTEGER, 
    has_avatar BOOLEAN, 
    notifications_enabled BOOLEAN, 
    notifications_slack_enabled BOOLEAN, 
    notifications_slack_userid VARCHAR(60), 
    notifications_mattermost_enabled BOOLEAN, 
    notifications_mattermost_userid VARCHAR(60), 
    notifications_discord_enabled BOOLEAN, 
    notifications_discord_userid VARCHAR(60), 
    is_bot BOOLEAN NOT NULL, 
    jti VARCHAR(60), 
    expiration_date DATE, 
    studio_id UUID, 
    is_generated_from_ldap BOOLEAN, 
    ldap_uid VARCHAR(60), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (jti), 
    UNIQUE (shotgun_id), 
    UNIQUE (ldap_uid)
);

CREATE TABLE project (
    name VARCHAR(80) NOT NULL, 
    code VARCHAR(80), 
    description VARCHAR, 
    shotgun_id INTEGER, 
    file_tree JSONB, 
    data JSONB, 
    has_avatar BOOLEAN, 
    fps VARCHAR(10), 
    ratio VARCHAR(10), 
    resolution VARCHAR(12), 
    production_type VARCHAR(20), 
    production_style VARCHAR(255) NOT NULL, 
    start_date DATE, 
    end_date DATE, 
    man_days INTEGER, 
    nb_episodes INTEGER, 
    episode_span INTEGER, 
    max_retakes INTEGER, 
    is_clients_isolated BOOLEAN, 
    is_preview_download_allowed BOOLEAN, 
    is_set_preview_automated BOOLEAN, 
    homepage VARCHAR(80), 
    is_publish_default_for_artists BOOLEAN, 
    hd_bitrate_compression INTEGER, 
    ld_bitrate_compression INTEGER, 
    project_status_id UUID, 
    default_preview_background_file_id UUID, 
    from_schedule_version_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE salary_scale (
    department_id UUID NOT NULL, 
    position VARCHAR(255), 
    seniority VARCHAR(255), 
    salary INTEGER NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE software_department_link (
    department_id UUID NOT NULL, 
    software_id UUID NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (department_id, software_id, id), 
    CONSTRAINT software_department_link_uc UNIQUE (department_id, software_id)
);

CREATE TABLE task_type (
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20), 
    description VARCHAR, 
    color VARCHAR(7), 
    priority INTEGER, 
    for_entity VARCHAR(30), 
    allow_timelog BOOLEAN, 
    archived BOOLEAN, 
    shotgun_id INTEGER, 
    department_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT task_type_uc UNIQUE (name, for_entity, department_id)
);

CREATE TABLE api_event (
    name VARCHAR(80) NOT NULL, 
    user_id UUID, 
    project_id UUID, 
    data JSONB, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE budget (
    project_id UUID, 
    revision INTEGER NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    currency VARCHAR(3), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE chat_message (
    chat_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    text VARCHAR, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE chat_participant (
    chat_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    PRIMARY KEY (chat_id, person_id)
);

CREATE TABLE comment (
    shotgun_id INTEGER, 
    object_id UUID NOT NULL, 
    object_type VARCHAR(80) NOT NULL, 
    text VARCHAR, 
    data JSONB, 
    replies JSONB, 
    checklist JSONB, 
    pinned BOOLEAN, 
    links VARCHAR[], 
    task_status_id UUID, 
    person_id UUID NOT NULL, 
    editor_id UUID, 
    preview_file_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE day_off (
    date DATE NOT NULL, 
    end_date DATE NOT NULL, 
    description VARCHAR, 
    person_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT day_off_uc UNIQUE (person_id, date)
);

CREATE TABLE department_link (
    person_id UUID NOT NULL, 
    department_id UUID NOT NULL, 
    PRIMARY KEY (person_id, department_id), 
    CONSTRAINT department_link_uc UNIQUE (person_id, department_id)
);

CREATE TABLE desktop_login_log (
    person_id UUID NOT NULL, 
    date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE entity_version (
    name VARCHAR(160) NOT NULL, 
    data JSONB, 
    entity_id UUID, 
    person_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE login_log (
    person_id UUID NOT NULL, 
    ip_address VARCHAR(50), 
    origin VARCHAR(255), 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE metadata_descriptor (
    project_id UUID NOT NULL, 
    entity_type VARCHAR(60) NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    data_type VARCHAR(255), 
    field_name VARCHAR(120) NOT NULL, 
    choices JSONB, 
    for_client BOOLEAN, 
    position INTEGER, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT metadata_descriptor_uc2 UNIQUE (project_id, entity_type, field_name), 
    CONSTRAINT metadata_descriptor_uc UNIQUE (project_id, entity_type, name)
);

CREATE TABLE milestone (
    date DATE, 
    name VARCHAR(40) NOT NULL, 
    project_id UUID, 
    task_type_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE playlist (
    name VARCHAR(80) NOT NULL, 
    shots JSONB, 
    project_id UUID, 
    episode_id UUID, 
    task_type_id UUID, 
    for_client BOOLEAN, 
    for_entity VARCHAR(10), 
    is_for_all BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT playlist_uc UNIQUE (name, project_id, episode_id)
);

CREATE TABLE production_schedule_version (
    name VARCHAR(80) NOT NULL, 
    project_id UUID NOT NULL, 
    production_schedule_from UUID, 
    locked BOOLEAN, 
    canceled BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT production_schedule_version_uc UNIQUE (name, project_id)
);

CREATE TABLE project_asset_type_link (
    project_id UUID NOT NULL, 
    asset_type_id UUID NOT NULL, 
    PRIMARY KEY (project_id, asset_type_id)
);

CREATE TABLE project_person_link (
    project_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    shotgun_id INTEGER, 
    PRIMARY KEY (project_id, person_id)
);

CREATE TABLE project_preview_background_file_link (
    project_id UUID NOT NULL, 
    preview_background_file_id UUID NOT NULL, 
    PRIMARY KEY (project_id, preview_background_file_id)
);

CREATE TABLE project_task_status_link (
    project_id UUID NOT NULL, 
    task_status_id UUID NOT NULL, 
    priority INTEGER, 
    roles_for_board VARCHAR(255)[], 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (project_id, task_status_id, id), 
    CONSTRAINT project_taskstatus_uc UNIQUE (project_id, task_status_id)
);

CREATE TABLE project_task_type_link (
    project_id UUID NOT NULL, 
    task_type_id UUID NOT NULL, 
    priority INTEGER, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (project_id, task_type_id, id), 
    CONSTRAINT project_tasktype_uc UNIQUE (project_id, task_type_id)
);

CREATE TABLE schedule_item (
    start_date DATE, 
    end_date DATE, 
    man_days INTEGER, 
    project_id UUID, 
    task_type_id UUID, 
    object_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT schedule_item_uc UNIQUE (project_id, task_type_id, object_id)
);

CREATE TABLE search_filter_group (
    list_type VARCHAR(80) NOT NULL, 
    entity_type VARCHAR(80), 
    name VARCHAR(200) NOT NULL, 
    color VARCHAR(8) NOT NULL, 
    is_shared BOOLEAN DEFAULT false NOT NULL, 
    person_id UUID, 
    project_id UUID, 
    department_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE status_automation (
    entity_type VARCHAR(40), 
    in_task_type_id UUID, 
    in_task_status_id UUID, 
    out_field_type VARCHAR(255) NOT NULL, 
    out_task_type_id UUID, 
    out_task_status_id UUID, 
    import_last_revision BOOLEAN, 
    archived BOOLEAN, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE subscription (
    person_id UUID NOT NULL, 
    task_id UUID, 
    entity_id UUID, 
    task_type_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT subscription_entity_uc UNIQUE (person_id, task_type_id, entity_id), 
    CONSTRAINT subscription_task_uc UNIQUE (person_id, task_id)
);

CREATE TABLE task_person_link (
    task_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    PRIMARY KEY (task_id, person_id)
);

CREATE TABLE task_type_asset_type_link (
    asset_type_id UUID NOT NULL, 
    task_type_id UUID NOT NULL, 
    PRIMARY KEY (asset_type_id, task_type_id), 
    CONSTRAINT task_type_asset_type_link_uc UNIQUE (asset_type_id, task_type_id)
);

CREATE TABLE time_spent (
    duration FLOAT NOT NULL, 
    date DATE NOT NULL, 
    task_id UUID, 
    person_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT time_spent_uc UNIQUE (person_id, task_id, date)
);

CREATE TABLE attachment_file (
    name VARCHAR(250), 
    size INTEGER, 
    extension VARCHAR(6), 
    mimetype VARCHAR(255), 
    comment_id UUID, 
    reply_id UUID, 
    chat_message_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE budget_entry (
    budget_id UUID NOT NULL, 
    department_id UUID NOT NULL, 
    person_id UUID, 
    start_date DATE NOT NULL, 
    months_duration INTEGER NOT NULL, 
    daily_salary FLOAT NOT NULL, 
    position VARCHAR(255), 
    seniority VARCHAR(255), 
    exceptions JSONB, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE build_job (
    status VARCHAR(255) NOT NULL, 
    job_type VARCHAR(255) NOT NULL, 
    ended_at TIMESTAMP WITHOUT TIME ZONE, 
    playlist_id UUID NOT NULL, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE comment_acknoledgments (
    comment UUID NOT NULL, 
    person UUID NOT NULL, 
    PRIMARY KEY (comment, person)
);

CREATE TABLE comment_department_mentions (
    comment UUID NOT NULL, 
    department UUID NOT NULL, 
    PRIMARY KEY (comment, department)
);

CREATE TABLE comment_mentions (
    comment UUID NOT NULL, 
    person UUID NOT NULL, 
    PRIMARY KEY (comment, person)
);

CREATE TABLE comment_preview_link (
    comment UUID NOT NULL, 
    preview_file UUID NOT NULL, 
    PRIMARY KEY (comment, preview_file)
);

CREATE TABLE department_metadata_descriptor_link (
    metadata_descriptor_id UUID NOT NULL, 
    department_id UUID NOT NULL, 
    PRIMARY KEY (metadata_descriptor_id, department_id), 
    CONSTRAINT department_metadata_descriptor_link_uc UNIQUE (metadata_descriptor_id, department_id)
);

CREATE TABLE news (
    change BOOLEAN NOT NULL, 
    author_id UUID NOT NULL, 
    comment_id UUID, 
    task_id UUID NOT NULL, 
    preview_file_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE notification (
    read BOOLEAN NOT NULL, 
    change BOOLEAN NOT NULL, 
    type VARCHAR(255) NOT NULL, 
    person_id UUID NOT NULL, 
    author_id UUID NOT NULL, 
    comment_id UUID, 
    task_id UUID, 
    playlist_id UUID, 
    reply_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT notification_uc UNIQUE (person_id, author_id, comment_id, reply_id, playlist_id, type)
);

CREATE TABLE production_schedule_version_task_link (
    production_schedule_version_id UUID NOT NULL, 
    task_id UUID NOT NULL, 
    start_date TIMESTAMP WITHOUT TIME ZONE, 
    due_date TIMESTAMP WITHOUT TIME ZONE, 
    estimation FLOAT, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    CONSTRAINT production_schedule_version_task_link_uc UNIQUE (production_schedule_version_id, task_id)
);

CREATE TABLE project_status_automation_link (
    project_id UUID NOT NULL, 
    status_automation_id UUID NOT NULL, 
    PRIMARY KEY (project_id, status_automation_id)
);

CREATE TABLE search_filter (
    list_type VARCHAR(80) NOT NULL, 
    entity_type VARCHAR(80), 
    name VARCHAR(200) NOT NULL, 
    search_query VARCHAR(500) NOT NULL, 
    is_shared BOOLEAN DEFAULT false NOT NULL, 
    department_id UUID, 
    search_filter_group_id UUID, 
    person_id UUID, 
    project_id UUID, 
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE production_schedule_version_task_link_person_link (
    production_schedule_version_task_link_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    PRIMARY KEY (production_schedule_version_task_link_id, person_id)
);

ALTER TABLE asset_instance ADD FOREIGN KEY(scene_id) REFERENCES entity (id);

ALTER TABLE asset_instance ADD FOREIGN KEY(entity_type_id) REFERENCES entity_type (id);

ALTER TABLE asset_instance ADD FOREIGN KEY(asset_id) REFERENCES entity (id);

ALTER TABLE asset_instance ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE asset_instance ADD FOREIGN KEY(target_asset_id) REFERENCES entity (id);

ALTER TABLE entity ADD FOREIGN KEY(parent_id) REFERENCES entity (id);

ALTER TABLE entity ADD FOREIGN KEY(created_by) REFERENCES person (id);

ALTER TABLE entity ADD FOREIGN KEY(preview_file_id) REFERENCES preview_file (id);

ALTER TABLE entity ADD FOREIGN KEY(entity_type_id) REFERENCES entity_type (id);

ALTER TABLE entity ADD FOREIGN KEY(ready_for) REFERENCES task_type (id);

ALTER TABLE entity ADD FOREIGN KEY(source_id) REFERENCES entity (id);

ALTER TABLE entity ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE output_file ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE output_file ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE output_file ADD FOREIGN KEY(source_file_id) REFERENCES working_file (id);

ALTER TABLE output_file ADD FOREIGN KEY(file_status_id) REFERENCES file_status (id);

ALTER TABLE output_file ADD FOREIGN KEY(output_type_id) REFERENCES output_type (id);

ALTER TABLE output_file ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE output_file ADD FOREIGN KEY(asset_instance_id) REFERENCES asset_instance (id);

ALTER TABLE output_file ADD FOREIGN KEY(temporal_entity_id) REFERENCES entity (id);

ALTER TABLE preview_file ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE preview_file ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE preview_file ADD FOREIGN KEY(source_file_id) REFERENCES output_file (id);

ALTER TABLE task ADD FOREIGN KEY(task_status_id) REFERENCES task_status (id);

ALTER TABLE task ADD FOREIGN KEY(assigner_id) REFERENCES person (id);

ALTER TABLE task ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE task ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE task ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE working_file ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE working_file ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE working_file ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE working_file ADD FOREIGN KEY(software_id) REFERENCES software (id);

ALTER TABLE asset_instance_link ADD FOREIGN KEY(asset_instance_id) REFERENCES asset_instance (id);

ALTER TABLE asset_instance_link ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE entity_concept_link ADD FOREIGN KEY(entity_out_id) REFERENCES entity (id);

ALTER TABLE entity_concept_link ADD FOREIGN KEY(entity_in_id) REFERENCES entity (id);

ALTER TABLE entity_link ADD FOREIGN KEY(entity_out_id) REFERENCES entity (id);

ALTER TABLE entity_link ADD FOREIGN KEY(entity_in_id) REFERENCES entity (id);

ALTER TABLE hardware_item_department_link ADD FOREIGN KEY(hardware_item_id) REFERENCES hardware_item (id);

ALTER TABLE hardware_item_department_link ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE person ADD FOREIGN KEY(studio_id) REFERENCES studio (id);

ALTER TABLE project ADD FOREIGN KEY(project_status_id) REFERENCES project_status (id);

ALTER TABLE project ADD FOREIGN KEY(from_schedule_version_id) REFERENCES production_schedule_version (id);

ALTER TABLE project ADD FOREIGN KEY(default_preview_background_file_id) REFERENCES preview_background_file (id);

ALTER TABLE salary_scale ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE software_department_link ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE software_department_link ADD FOREIGN KEY(software_id) REFERENCES software (id);

ALTER TABLE task_type ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE api_event ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE api_event ADD FOREIGN KEY(user_id) REFERENCES person (id);

ALTER TABLE budget ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE chat_message ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE chat_message ADD FOREIGN KEY(chat_id) REFERENCES chat (id);

ALTER TABLE chat_participant ADD FOREIGN KEY(chat_id) REFERENCES chat (id);

ALTER TABLE chat_participant ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE comment ADD FOREIGN KEY(task_status_id) REFERENCES task_status (id);

ALTER TABLE comment ADD FOREIGN KEY(editor_id) REFERENCES person (id);

ALTER TABLE comment ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE comment ADD FOREIGN KEY(preview_file_id) REFERENCES preview_file (id);

ALTER TABLE day_off ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE department_link ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE department_link ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE desktop_login_log ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE entity_version ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE entity_version ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE login_log ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE metadata_descriptor ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE milestone ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE milestone ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE playlist ADD FOREIGN KEY(episode_id) REFERENCES entity (id);

ALTER TABLE playlist ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE playlist ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE production_schedule_version ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE production_schedule_version ADD FOREIGN KEY(production_schedule_from) REFERENCES production_schedule_version (id);

ALTER TABLE project_asset_type_link ADD FOREIGN KEY(asset_type_id) REFERENCES entity_type (id);

ALTER TABLE project_asset_type_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_person_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_person_link ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE project_preview_background_file_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_preview_background_file_link ADD FOREIGN KEY(preview_background_file_id) REFERENCES preview_background_file (id);

ALTER TABLE project_task_status_link ADD FOREIGN KEY(task_status_id) REFERENCES task_status (id);

ALTER TABLE project_task_status_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_task_type_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_task_type_link ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE schedule_item ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE schedule_item ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE search_filter_group ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE search_filter_group ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE search_filter_group ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE status_automation ADD FOREIGN KEY(in_task_status_id) REFERENCES task_status (id);

ALTER TABLE status_automation ADD FOREIGN KEY(out_task_type_id) REFERENCES task_type (id);

ALTER TABLE status_automation ADD FOREIGN KEY(out_task_status_id) REFERENCES task_status (id);

ALTER TABLE status_automation ADD FOREIGN KEY(in_task_type_id) REFERENCES task_type (id);

ALTER TABLE subscription ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE subscription ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE subscription ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

ALTER TABLE subscription ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE task_person_link ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE task_person_link ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE task_type_asset_type_link ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

ALTER TABLE task_type_asset_type_link ADD FOREIGN KEY(asset_type_id) REFERENCES entity_type (id);

ALTER TABLE time_spent ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE time_spent ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE attachment_file ADD FOREIGN KEY(chat_message_id) REFERENCES chat_message (id);

ALTER TABLE attachment_file ADD FOREIGN KEY(comment_id) REFERENCES comment (id);

ALTER TABLE budget_entry ADD FOREIGN KEY(budget_id) REFERENCES budget (id);

ALTER TABLE budget_entry ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE budget_entry ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE build_job ADD FOREIGN KEY(playlist_id) REFERENCES playlist (id);

ALTER TABLE comment_acknoledgments ADD FOREIGN KEY(comment) REFERENCES comment (id);

ALTER TABLE comment_acknoledgments ADD FOREIGN KEY(person) REFERENCES person (id);

ALTER TABLE comment_department_mentions ADD FOREIGN KEY(department) REFERENCES department (id);

ALTER TABLE comment_department_mentions ADD FOREIGN KEY(comment) REFERENCES comment (id);

ALTER TABLE comment_mentions ADD FOREIGN KEY(person) REFERENCES person (id);

ALTER TABLE comment_mentions ADD FOREIGN KEY(comment) REFERENCES comment (id);

ALTER TABLE comment_preview_link ADD FOREIGN KEY(preview_file) REFERENCES preview_file (id);

ALTER TABLE comment_preview_link ADD FOREIGN KEY(comment) REFERENCES comment (id);

ALTER TABLE department_metadata_descriptor_link ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE department_metadata_descriptor_link ADD FOREIGN KEY(metadata_descriptor_id) REFERENCES metadata_descriptor (id);

ALTER TABLE news ADD FOREIGN KEY(author_id) REFERENCES person (id);

ALTER TABLE news ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE news ADD FOREIGN KEY(preview_file_id) REFERENCES preview_file (id);

ALTER TABLE news ADD FOREIGN KEY(comment_id) REFERENCES comment (id);

ALTER TABLE notification ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE notification ADD FOREIGN KEY(author_id) REFERENCES person (id);

ALTER TABLE notification ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE notification ADD FOREIGN KEY(comment_id) REFERENCES comment (id);

ALTER TABLE notification ADD FOREIGN KEY(playlist_id) REFERENCES playlist (id);

ALTER TABLE production_schedule_version_task_link ADD FOREIGN KEY(production_schedule_version_id) REFERENCES production_schedule_version (id);

ALTER TABLE production_schedule_version_task_link ADD FOREIGN KEY(task_id) REFERENCES task (id);

ALTER TABLE project_status_automation_link ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE project_status_automation_link ADD FOREIGN KEY(status_automation_id) REFERENCES status_automation (id);

ALTER TABLE search_filter ADD FOREIGN KEY(search_filter_group_id) REFERENCES search_filter_group (id);

ALTER TABLE search_filter ADD FOREIGN KEY(project_id) REFERENCES project (id);

ALTER TABLE search_filter ADD FOREIGN KEY(department_id) REFERENCES department (id);

ALTER TABLE search_filter ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE production_schedule_version_task_link_person_link ADD FOREIGN KEY(person_id) REFERENCES person (id);

ALTER TABLE production_schedule_version_task_link_person_link ADD FOREIGN KEY(production_schedule_version_task_link_id) REFERENCES production_schedule_version_task_link (id);

CREATE INDEX ix_asset_instance_asset_id ON asset_instance (asset_id);

CREATE INDEX ix_asset_instance_scene_id ON asset_instance (scene_id);

CREATE INDEX ix_asset_instance_target_asset_id ON asset_instance (target_asset_id);

CREATE INDEX ix_chat_object_id ON chat (object_id);

CREATE INDEX ix_chat_object_type ON chat (object_type);

CREATE INDEX ix_entity_project_id ON entity (project_id);

CREATE INDEX ix_entity_parent_id ON entity (parent_id);

CREATE INDEX ix_entity_entity_type_id ON entity (entity_type_id);

CREATE INDEX ix_entity_source_id ON entity (source_id);

CREATE UNIQUE INDEX ix_entity_type_name ON entity_type (name);

CREATE INDEX ix_output_file_temporal_entity_id ON output_file (temporal_entity_id);

CREATE INDEX ix_output_file_entity_id ON output_file (entity_id);

CREATE INDEX ix_output_file_task_type_id ON output_file (task_type_id);

CREATE INDEX ix_output_file_source_file_id ON output_file (source_file_id);

CREATE INDEX ix_output_file_output_type_id ON output_file (output_type_id);

CREATE INDEX ix_output_file_file_status_id ON output_file (file_status_id);

CREATE INDEX ix_output_file_person_id ON output_file (person_id);

CREATE INDEX ix_output_file_asset_instance_id ON output_file (asset_instance_id);

CREATE INDEX ix_output_file_representation ON output_file (representation);

CREATE UNIQUE INDEX ix_output_type_name ON output_type (name);

CREATE INDEX ix_plugin_name ON plugin (name);

CREATE UNIQUE INDEX ix_plugin_plugin_id ON plugin (plugin_id);

CREATE INDEX ix_preview_background_file_is_default ON preview_background_file (is_default);

CREATE INDEX ix_preview_file_task_id ON preview_file (task_id);

CREATE UNIQUE INDEX ix_project_status_name ON project_status (name);

CREATE INDEX ix_task_task_status_id ON task (task_status_id);

CREATE INDEX ix_task_assigner_id ON task (assigner_id);

CREATE INDEX ix_task_task_type_id ON task (task_type_id);

CREATE INDEX ix_task_entity_id ON task (entity_id);

CREATE INDEX ix_task_project_id ON task (project_id);

CREATE INDEX ix_task_status_is_wip ON task_status (is_wip);

CREATE INDEX ix_task_status_is_done ON task_status (is_done);

CREATE INDEX ix_task_status_is_feedback_request ON task_status (is_feedback_request);

CREATE UNIQUE INDEX ix_task_status_short_name ON task_status (short_name);

CREATE INDEX ix_task_status_is_default ON task_status (is_default);

CREATE INDEX ix_working_file_software_id ON working_file (software_id);

CREATE INDEX ix_working_file_task_id ON working_file (task_id);

CREATE INDEX ix_working_file_person_id ON working_file (person_id);

CREATE INDEX ix_working_file_entity_id ON working_file (entity_id);

CREATE INDEX ix_working_file_shotgun_id ON working_file (shotgun_id);

CREATE INDEX ix_entity_link_entity_out_id ON entity_link (entity_out_id);

CREATE INDEX ix_entity_link_entity_in_id ON entity_link (entity_in_id);

CREATE INDEX ix_hardware_item_department_link_hardware_item_id ON hardware_item_department_link (hardware_item_id);

CREATE INDEX ix_hardware_item_department_link_department_id ON hardware_item_department_link (department_id);

CREATE UNIQUE INDEX only_one_email_by_person ON person (email, is_bot);

CREATE INDEX ix_person_studio_id ON person (studio_id);

CREATE UNIQUE INDEX ix_project_name ON project (name);

CREATE INDEX ix_project_from_schedule_version_id ON project (from_schedule_version_id);

CREATE INDEX ix_project_project_status_id ON project (project_status_id);

CREATE INDEX ix_project_default_preview_background_file_id ON project (default_preview_background_file_id);

CREATE INDEX ix_salary_scale_department_id ON salary_scale (department_id);

CREATE INDEX ix_software_department_link_software_id ON software_department_link (software_id);

CREATE INDEX ix_software_department_link_department_id ON software_department_link (department_id);

CREATE INDEX ix_task_type_department_id ON task_type (department_id);

CREATE INDEX ix_task_type_shotgun_id ON task_type (shotgun_id);

CREATE INDEX ix_api_event_name ON api_event (name);

CREATE INDEX ix_api_event_user_id ON api_event (user_id);

CREATE INDEX ix_api_event_project_id ON api_event (project_id);

CREATE INDEX ix_budget_project_id ON budget (project_id);

CREATE INDEX ix_chat_message_chat_id ON chat_message (chat_id);

CREATE INDEX ix_chat_message_person_id ON chat_message (person_id);

CREATE INDEX ix_comment_object_id ON comment (object_id);

CREATE INDEX ix_comment_task_status_id ON comment (task_status_id);

CREATE INDEX ix_comment_editor_id ON comment (editor_id);

CREATE INDEX ix_comment_person_id ON comment (person_id);

CREATE INDEX ix_comment_object_type ON comment (object_type);

CREATE INDEX ix_day_off_person_id ON day_off (person_id);

CREATE INDEX ix_department_link_person_id ON department_link (person_id);

CREATE INDEX ix_department_link_department_id ON department_link (department_id);

CREATE INDEX ix_desktop_login_log_person_id ON desktop_login_log (person_id);

CREATE INDEX ix_entity_version_entity_id ON entity_version (entity_id);

CREATE INDEX ix_entity_version_person_id ON entity_version (person_id);

CREATE INDEX ix_login_log_person_id ON login_log (person_id);

CREATE INDEX ix_metadata_descriptor_for_client ON metadata_descriptor (for_client);

CREATE INDEX ix_metadata_descriptor_entity_type ON metadata_descriptor (entity_type);

CREATE INDEX ix_metadata_descriptor_project_id ON metadata_descriptor (project_id);

CREATE INDEX ix_milestone_project_id ON milestone (project_id);

CREATE INDEX ix_milestone_task_type_id ON milestone (task_type_id);

CREATE INDEX ix_playlist_task_type_id ON playlist (task_type_id);

CREATE INDEX ix_playlist_project_id ON playlist (project_id);

CREATE INDEX ix_playlist_episode_id ON playlist (episode_id);

CREATE INDEX ix_playlist_for_client ON playlist (for_client);

CREATE INDEX ix_playlist_for_entity ON playlist (for_entity);

CREATE INDEX ix_production_schedule_version_production_schedule_from ON production_schedule_version (production_schedule_from);

CREATE INDEX ix_production_schedule_version_project_id ON production_schedule_version (project_id);

CREATE INDEX ix_project_person_link_project_id ON project_person_link (project_id);

CREATE INDEX ix_project_person_link_person_id ON project_person_link (person_id);

CREATE INDEX ix_project_task_status_link_project_id ON project_task_status_link (project_id);

CREATE INDEX ix_project_task_status_link_task_status_id ON project_task_status_link (task_status_id);

CREATE INDEX ix_project_task_type_link_project_id ON project_task_type_link (project_id);

CREATE INDEX ix_project_task_type_link_task_type_id ON project_task_type_link (task_type_id);

CREATE INDEX ix_schedule_item_task_type_id ON schedule_item (task_type_id);

CREATE INDEX ix_schedule_item_project_id ON schedule_item (project_id);

CREATE INDEX ix_schedule_item_object_id ON schedule_item (object_id);

CREATE INDEX ix_search_filter_group_list_type ON search_filter_group (list_type);

CREATE INDEX ix_status_automation_in_task_type_id ON status_automation (in_task_type_id);

CREATE INDEX ix_status_automation_out_task_type_id ON status_automation (out_task_type_id);

CREATE INDEX ix_status_automation_in_task_status_id ON status_automation (in_task_status_id);

CREATE INDEX ix_status_automation_out_task_status_id ON status_automation (out_task_status_id);

CREATE INDEX ix_subscription_entity_id ON subscription (entity_id);

CREATE INDEX ix_subscription_task_id ON subscription (task_id);

CREATE INDEX ix_subscription_task_type_id ON subscription (task_type_id);

CREATE INDEX ix_subscription_person_id ON subscription (person_id);

CREATE INDEX ix_task_type_asset_type_link_asset_type_id ON task_type_asset_type_link (asset_type_id);

CREATE INDEX ix_task_type_asset_type_link_task_type_id ON task_type_asset_type_link (task_type_id);

CREATE INDEX ix_time_spent_task_id ON time_spent (task_id);

CREATE INDEX ix_time_spent_person_id ON time_spent (person_id);

CREATE INDEX ix_attachment_file_chat_message_id ON attachment_file (chat_message_id);

CREATE INDEX ix_attachment_file_comment_id ON attachment_file (comment_id);

CREATE INDEX ix_budget_entry_department_id ON budget_entry (department_id);

CREATE INDEX ix_budget_entry_person_id ON budget_entry (person_id);

CREATE INDEX ix_budget_entry_budget_id ON budget_entry (budget_id);

CREATE INDEX ix_build_job_playlist_id ON build_job (playlist_id);

CREATE INDEX ix_comment_preview_link_comment ON comment_preview_link (comment);

CREATE INDEX ix_comment_preview_link_preview_file ON comment_preview_link (preview_file);

CREATE INDEX ix_department_metadata_descriptor_link_metadata_descriptor_id ON department_metadata_descriptor_link (metadata_descriptor_id);

CREATE INDEX ix_department_metadata_descriptor_link_department_id ON department_metadata_descriptor_link (department_id);

CREATE INDEX ix_news_author_id ON news (author_id);

CREATE INDEX ix_news_preview_file_id ON news (preview_file_id);

CREATE INDEX ix_news_comment_id ON news (comment_id);

CREATE INDEX ix_news_task_id ON news (task_id);

CREATE INDEX ix_notification_task_id ON notification (task_id);

CREATE INDEX ix_notification_comment_id ON notification (comment_id);

CREATE INDEX ix_notification_author_id ON notification (author_id);

CREATE INDEX ix_notification_reply_id ON notification (reply_id);

CREATE INDEX ix_notification_person_id ON notification (person_id);

CREATE INDEX ix_notification_playlist_id ON notification (playlist_id);

CREATE INDEX ix_production_schedule_version_task_link_production_sch_9cee ON production_schedule_version_task_link (production_schedule_version_id);

CREATE INDEX ix_production_schedule_version_task_link_task_id ON production_schedule_version_task_link (task_id);

CREATE INDEX ix_project_status_automation_link_status_automation_id ON project_status_automation_link (status_automation_id);

CREATE INDEX ix_project_status_automation_link_project_id ON project_status_automation_link (project_id);

CREATE INDEX ix_search_filter_person_id ON search_filter (person_id);

CREATE INDEX ix_search_filter_list_type ON search_filter (list_type);

CREATE INDEX ix_search_filter_project_id ON search_filter (project_id);

INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6') RETURNING alembic_version.version_num;

-- Running upgrade a1b2c3d4e5f6 -> a0f668430352

ALTER TABLE playlist ADD COLUMN created_by UUID;

ALTER TABLE playlist ADD FOREIGN KEY(created_by) REFERENCES person (id);

UPDATE alembic_version SET version_num='a0f668430352' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

-- Running upgrade a0f668430352 -> 12208e50bf18

ALTER TABLE preview_file ADD COLUMN data JSONB;

UPDATE alembic_version SET version_num='12208e50bf18' WHERE alembic_version.version_num = 'a0f668430352';

-- Running upgrade 12208e50bf18 -> 9a9df20ea5a7

ALTER TABLE plugin ADD COLUMN frontend_project_enabled BOOLEAN;

ALTER TABLE plugin ADD COLUMN frontend_studio_enabled BOOLEAN;

UPDATE alembic_version SET version_num='9a9df20ea5a7' WHERE alembic_version.version_num = '12208e50bf18';

-- Running upgrade 9a9df20ea5a7 -> 35ebb38695cd

ALTER TABLE plugin ADD COLUMN icon VARCHAR(255);

UPDATE alembic_version SET version_num='35ebb38695cd' WHERE alembic_version.version_num = '9a9df20ea5a7';

-- Running upgrade 35ebb38695cd -> f45eed2a3ba6

CREATE INDEX ix_task_person_link_person_id ON task_person_link (person_id);

UPDATE alembic_version SET version_num='f45eed2a3ba6' WHERE alembic_version.version_num = '35ebb38695cd';

-- Running upgrade f45eed2a3ba6 -> 6f4088b109fc

ALTER TABLE attachment_file ALTER COLUMN size TYPE BIGINT;

UPDATE alembic_version SET version_num='6f4088b109fc' WHERE alembic_version.version_num = 'f45eed2a3ba6';

-- Running upgrade 6f4088b109fc -> 68bae7fcd569

CREATE INDEX ix_entity_project_type_status ON entity (project_id, entity_type_id, status);

CREATE INDEX ix_entity_status ON entity (status);

CREATE INDEX ix_project_asset_type_link_asset_type_id ON project_asset_type_link (asset_type_id);

CREATE INDEX ix_project_asset_type_link_project_id ON project_asset_type_link (project_id);

CREATE INDEX ix_project_preview_background_file_link_preview_backgro_080b ON project_preview_background_file_link (preview_background_file_id);

CREATE INDEX ix_project_preview_background_file_link_project_id ON project_preview_background_file_link (project_id);

UPDATE alembic_version SET version_num='68bae7fcd569' WHERE alembic_version.version_num = '6f4088b109fc';

COMMIT;

