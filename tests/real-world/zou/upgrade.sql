BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b4dd0add5f79

CREATE TYPE import_source_enum AS ENUM ('csv', 'shotgun');

CREATE TABLE data_import_error (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    event_data JSONB NOT NULL, 
    source import_source_enum, 
    PRIMARY KEY (id)
);

CREATE TABLE department (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE entity_type (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(30) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_entity_type_name ON entity_type (name);

CREATE TABLE file_status (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(40) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE task_type (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(10), 
    color VARCHAR(7), 
    priority INTEGER, 
    for_shots BOOLEAN, 
    shotgun_id INTEGER, 
    department_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(department_id) REFERENCES department (id), 
    CONSTRAINT task_type_uc UNIQUE (name, department_id)
);

CREATE INDEX ix_task_type_shotgun_id ON task_type (shotgun_id);

CREATE TABLE project_status (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(20) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_project_status_name ON project_status (name);

CREATE TABLE person (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    first_name VARCHAR(80) NOT NULL, 
    last_name VARCHAR(80) NOT NULL, 
    email VARCHAR(255), 
    phone VARCHAR(30), 
    active BOOLEAN, 
    last_presence DATE, 
    password BYTEA, 
    desktop_login VARCHAR(80), 
    shotgun_id INTEGER, 
    timezone VARCHAR(50), 
    locale VARCHAR(10), 
    data JSONB, 
    role VARCHAR(30), 
    has_avatar BOOLEAN, 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    UNIQUE (shotgun_id)
);

CREATE TABLE department_link (
    person_id UUID, 
    department_id UUID, 
    FOREIGN KEY(department_id) REFERENCES department (id), 
    FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE TABLE task_status (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(10) NOT NULL, 
    color VARCHAR(7) NOT NULL, 
    is_reviewable BOOLEAN, 
    is_done BOOLEAN, 
    shotgun_id INTEGER, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_task_status_is_done ON task_status (is_done);

CREATE UNIQUE INDEX ix_task_status_short_name ON task_status (short_name);

CREATE TABLE output_type (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_output_type_name ON output_type (name);

CREATE TABLE software (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(40) NOT NULL, 
    short_name VARCHAR(20) NOT NULL, 
    file_extension VARCHAR(20) NOT NULL, 
    secondary_extensions JSONB, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE project (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    description VARCHAR(200), 
    shotgun_id INTEGER, 
    file_tree JSONB, 
    data JSONB, 
    project_status_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_status_id) REFERENCES project_status (id)
);

CREATE UNIQUE INDEX ix_project_name ON project (name);

CREATE INDEX ix_project_project_status_id ON project (project_status_id);

CREATE TABLE entity (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id UUID NOT NULL, 
    name VARCHAR(160) NOT NULL, 
    description VARCHAR(600), 
    shotgun_id INTEGER, 
    canceled BOOLEAN, 
    project_id UUID NOT NULL, 
    entity_type_id UUID NOT NULL, 
    parent_id UUID, 
    data JSONB, 
    PRIMARY KEY (id), 
    FOREIGN KEY(entity_type_id) REFERENCES entity_type (id), 
    FOREIGN KEY(parent_id) REFERENCES entity (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    CONSTRAINT entity_uc UNIQUE (name, project_id, entity_type_id, parent_id)
);

CREATE INDEX ix_entity_entity_type_id ON entity (entity_type_id);

CREATE INDEX ix_entity_parent_id ON entity (parent_id);

CREATE INDEX ix_entity_project_id ON entity (project_id);

CREATE TABLE entity_link (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    entity_in_id UUID NOT NULL, 
    entity_out_id UUID NOT NULL, 
    nb_occurences INTEGER, 
    PRIMARY KEY (id, entity_in_id, entity_out_id), 
    FOREIGN KEY(entity_in_id) REFERENCES entity (id), 
    FOREIGN KEY(entity_out_id) REFERENCES entity (id)
);

CREATE TABLE asset_instance (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    asset_id UUID NOT NULL, 
    entity_id UUID NOT NULL, 
    entity_type_id UUID NOT NULL, 
    name VARCHAR(80), 
    number INTEGER, 
    description VARCHAR(200), 
    data JSONB, 
    PRIMARY KEY (id), 
    FOREIGN KEY(asset_id) REFERENCES entity (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id), 
    FOREIGN KEY(entity_type_id) REFERENCES entity_type (id), 
    CONSTRAINT asset_instance_uc UNIQUE (asset_id, entity_id, number), 
    CONSTRAINT asset_instance_name_uc UNIQUE (entity_id, name)
);

CREATE INDEX ix_asset_instance_asset_id ON asset_instance (asset_id);

CREATE INDEX ix_asset_instance_entity_id ON asset_instance (entity_id);

CREATE INDEX ix_asset_instance_entity_type_id ON asset_instance (entity_type_id);

CREATE TABLE task (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    description VARCHAR(200), 
    duration INTEGER, 
    estimation INTEGER, 
    completion_rate INTEGER, 
    sort_order INTEGER, 
    start_date TIMESTAMP WITHOUT TIME ZONE, 
    end_date TIMESTAMP WITHOUT TIME ZONE, 
    due_date TIMESTAMP WITHOUT TIME ZONE, 
    real_start_date TIMESTAMP WITHOUT TIME ZONE, 
    shotgun_id INTEGER, 
    project_id UUID, 
    task_type_id UUID, 
    task_status_id UUID, 
    entity_id UUID, 
    assigner_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(assigner_id) REFERENCES person (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    FOREIGN KEY(task_status_id) REFERENCES task_status (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id), 
    CONSTRAINT task_uc UNIQUE (name, project_id, task_type_id, entity_id)
);

CREATE INDEX ix_task_entity_id ON task (entity_id);

CREATE INDEX ix_task_project_id ON task (project_id);

CREATE TABLE time_spent (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    duration INTEGER NOT NULL, 
    date DATE NOT NULL, 
    task_id UUID, 
    person_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(task_id) REFERENCES task (id), 
    CONSTRAINT time_spent_uc UNIQUE (person_id, task_id, date)
);

CREATE INDEX ix_time_spent_person_id ON time_spent (person_id);

CREATE INDEX ix_time_spent_task_id ON time_spent (task_id);

CREATE TABLE working_file (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    shotgun_id INTEGER, 
    name VARCHAR(250), 
    description VARCHAR(200), 
    comment TEXT, 
    revision INTEGER, 
    size INTEGER, 
    checksum INTEGER, 
    path VARCHAR(400), 
    task_id UUID, 
    entity_id UUID, 
    person_id UUID, 
    software_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(software_id) REFERENCES software (id), 
    FOREIGN KEY(task_id) REFERENCES task (id), 
    CONSTRAINT working_file_uc UNIQUE (name, task_id, entity_id, revision)
);

CREATE INDEX ix_working_file_entity_id ON working_file (entity_id);

CREATE INDEX ix_working_file_shotgun_id ON working_file (shotgun_id);

CREATE INDEX ix_working_file_task_id ON working_file (task_id);

CREATE TABLE assignations (
    task UUID NOT NULL, 
    person UUID NOT NULL, 
    PRIMARY KEY (task, person), 
    FOREIGN KEY(person) REFERENCES person (id), 
    FOREIGN KEY(task) REFERENCES task (id)
);

CREATE TABLE output_file (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    shotgun_id INTEGER, 
    name VARCHAR(250) NOT NULL, 
    extension VARCHAR(10), 
    description TEXT, 
    comment TEXT, 
    revision INTEGER NOT NULL, 
    size INTEGER, 
    checksum VARCHAR(32), 
    source VARCHAR(40), 
    path VARCHAR(400), 
    representation VARCHAR(20), 
    nb_elements INTEGER, 
    canceled BOOLEAN NOT NULL, 
    uploaded_movie_url VARCHAR(600), 
    uploaded_movie_name VARCHAR(150), 
    file_status_id UUID NOT NULL, 
    entity_id UUID, 
    asset_instance_id UUID, 
    output_type_id UUID, 
    task_type_id UUID, 
    person_id UUID, 
    source_file_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(asset_instance_id) REFERENCES asset_instance (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id), 
    FOREIGN KEY(file_status_id) REFERENCES file_status (id), 
    FOREIGN KEY(output_type_id) REFERENCES output_type (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(source_file_id) REFERENCES working_file (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id), 
    CONSTRAINT output_file_uc UNIQUE (name, entity_id, output_type_id, task_type_id, representation, revision)
);

CREATE INDEX ix_output_file_asset_instance_id ON output_file (asset_instance_id);

CREATE INDEX ix_output_file_output_type_id ON output_file (output_type_id);

CREATE INDEX ix_output_file_representation ON output_file (representation);

CREATE INDEX ix_output_file_task_type_id ON output_file (task_type_id);

CREATE TABLE preview_file (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(250), 
    revision INTEGER, 
    description TEXT, 
    source VARCHAR(40), 
    shotgun_id INTEGER, 
    is_movie BOOLEAN, 
    url VARCHAR(600), 
    uploaded_movie_url VARCHAR(600), 
    uploaded_movie_name VARCHAR(150), 
    task_id UUID, 
    person_id UUID, 
    source_file_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(source_file_id) REFERENCES output_file (id), 
    FOREIGN KEY(task_id) REFERENCES task (id), 
    CONSTRAINT preview_uc UNIQUE (name, task_id, revision), 
    UNIQUE (shotgun_id)
);

CREATE INDEX ix_preview_file_task_id ON preview_file (task_id);

ALTER TABLE entity ADD COLUMN preview_file_id UUID;

ALTER TABLE entity ADD CONSTRAINT fk_main_preview FOREIGN KEY(preview_file_id) REFERENCES preview_file (id);

CREATE TABLE playlist (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    shots JSONB, 
    project_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    CONSTRAINT playlist_uc UNIQUE (name, project_id)
);

CREATE TABLE comment (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    shotgun_id INTEGER, 
    object_id UUID NOT NULL, 
    object_type VARCHAR(80) NOT NULL, 
    text TEXT, 
    data JSONB, 
    task_status_id UUID, 
    person_id UUID NOT NULL, 
    preview_file_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(preview_file_id) REFERENCES preview_file (id), 
    FOREIGN KEY(task_status_id) REFERENCES task_status (id)
);

CREATE INDEX ix_comment_object_id ON comment (object_id);

CREATE INDEX ix_comment_object_type ON comment (object_type);

CREATE TABLE custom_action (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    url VARCHAR(400), 
    entity_type VARCHAR(40), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b4dd0add5f79') RETURNING alembic_version.version_num;

-- Running upgrade b4dd0add5f79 -> bf1347acdee2

ALTER TABLE task_type ADD COLUMN for_entity VARCHAR(10);

ALTER TABLE task_type DROP CONSTRAINT task_type_uc;

ALTER TABLE task_type ADD CONSTRAINT task_type_uc UNIQUE (name, for_entity, department_id);

UPDATE alembic_version SET version_num='bf1347acdee2' WHERE alembic_version.version_num = 'b4dd0add5f79';

-- Running upgrade bf1347acdee2 -> 818f7bda2528

ALTER TABLE preview_file ADD COLUMN path VARCHAR(400);

UPDATE alembic_version SET version_num='818f7bda2528' WHERE alembic_version.version_num = 'bf1347acdee2';

-- Running upgrade 818f7bda2528 -> 9bd17364fc18

CREATE TABLE search_filter (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    list_type VARCHAR(80) NOT NULL, 
    name VARCHAR(200) NOT NULL, 
    search_query VARCHAR(200) NOT NULL, 
    person_id UUID, 
    project_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE INDEX ix_search_filter_list_type ON search_filter (list_type);

UPDATE alembic_version SET version_num='9bd17364fc18' WHERE alembic_version.version_num = '818f7bda2528';

-- Running upgrade 9bd17364fc18 -> a23682ccc1f1

CREATE TABLE desktop_login_log (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    person_id UUID NOT NULL, 
    date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_desktop_login_log_person_id ON desktop_login_log (person_id);

ALTER TABLE asset_instance ADD COLUMN active BOOLEAN;

UPDATE alembic_version SET version_num='a23682ccc1f1' WHERE alembic_version.version_num = '9bd17364fc18';

-- Running upgrade a23682ccc1f1 -> f0567e8d0c62

ALTER TABLE entity ADD COLUMN source_id UUID;

CREATE INDEX ix_entity_source_id ON entity (source_id);

ALTER TABLE entity ADD FOREIGN KEY(source_id) REFERENCES entity (id);

UPDATE alembic_version SET version_num='f0567e8d0c62' WHERE alembic_version.version_num = 'a23682ccc1f1';

-- Running upgrade f0567e8d0c62 -> 99825b9cc778

CREATE TABLE notification (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    read BOOLEAN NOT NULL, 
    change BOOLEAN NOT NULL, 
    person_id UUID NOT NULL, 
    author_id UUID NOT NULL, 
    comment_id UUID NOT NULL, 
    task_id UUID NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(author_id) REFERENCES person (id), 
    FOREIGN KEY(comment_id) REFERENCES comment (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(task_id) REFERENCES task (id), 
    CONSTRAINT notification_uc UNIQUE (person_id, author_id, comment_id)
);

CREATE INDEX ix_notification_author_id ON notification (author_id);

CREATE INDEX ix_notification_comment_id ON notification (comment_id);

CREATE INDEX ix_notification_person_id ON notification (person_id);

CREATE INDEX ix_notification_task_id ON notification (task_id);

UPDATE alembic_version SET version_num='99825b9cc778' WHERE alembic_version.version_num = 'f0567e8d0c62';

-- Running upgrade 99825b9cc778 -> ee2373fbe3a4

CREATE TABLE asset_instance_link (
    entity_id UUID NOT NULL, 
    asset_instance_id UUID NOT NULL, 
    PRIMARY KEY (entity_id, asset_instance_id), 
    FOREIGN KEY(asset_instance_id) REFERENCES asset_instance (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id)
);

ALTER TABLE asset_instance ADD COLUMN scene_id UUID;

ALTER TABLE asset_instance ALTER COLUMN entity_id DROP NOT NULL;

ALTER TABLE asset_instance ALTER COLUMN entity_type_id DROP NOT NULL;

CREATE INDEX ix_asset_instance_scene_id ON asset_instance (scene_id);

ALTER TABLE asset_instance DROP CONSTRAINT asset_instance_name_uc;

ALTER TABLE asset_instance ADD CONSTRAINT asset_instance_name_uc UNIQUE (scene_id, name);

ALTER TABLE asset_instance DROP CONSTRAINT asset_instance_uc;

ALTER TABLE asset_instance ADD CONSTRAINT asset_instance_uc UNIQUE (asset_id, scene_id, number);

DROP INDEX ix_asset_instance_entity_id;

DROP INDEX ix_asset_instance_entity_type_id;

ALTER TABLE asset_instance ADD FOREIGN KEY(scene_id) REFERENCES entity (id);

ALTER TABLE output_file ADD COLUMN temporal_entity_id UUID;

ALTER TABLE output_file DROP CONSTRAINT output_file_uc;

ALTER TABLE output_file ADD CONSTRAINT output_file_uc UNIQUE (name, entity_id, asset_instance_id, output_type_id, task_type_id, temporal_entity_id, representation, revision);

ALTER TABLE output_file ADD FOREIGN KEY(temporal_entity_id) REFERENCES entity (id);

ALTER TABLE output_file DROP COLUMN uploaded_movie_name;

ALTER TABLE output_file DROP COLUMN uploaded_movie_url;

UPDATE alembic_version SET version_num='ee2373fbe3a4' WHERE alembic_version.version_num = '99825b9cc778';

-- Running upgrade ee2373fbe3a4 -> 7dc79d4ed7cd

CREATE TABLE project_person_link (
    project_id UUID NOT NULL, 
    person_id UUID NOT NULL, 
    shotgun_id INTEGER, 
    PRIMARY KEY (project_id, person_id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(project_id) REFERENCES project (id)
);

UPDATE alembic_version SET version_num='7dc79d4ed7cd' WHERE alembic_version.version_num = 'ee2373fbe3a4';

-- Running upgrade 7dc79d4ed7cd -> 3d5c93bafb9d

ALTER TABLE project ADD COLUMN has_avatar BOOLEAN;

UPDATE alembic_version SET version_num='3d5c93bafb9d' WHERE alembic_version.version_num = '7dc79d4ed7cd';

-- Running upgrade 3d5c93bafb9d -> 6bd3b102d61b

CREATE TABLE subscription (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    person_id UUID NOT NULL, 
    task_id UUID, 
    entity_id UUID, 
    task_type_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(task_id) REFERENCES task (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id), 
    CONSTRAINT subscription_task_uc UNIQUE (person_id, task_id), 
    CONSTRAINT subscription_entity_uc UNIQUE (person_id, task_type_id, entity_id)
);

CREATE INDEX ix_subscription_entity_id ON subscription (entity_id);

CREATE INDEX ix_subscription_person_id ON subscription (person_id);

CREATE INDEX ix_subscription_task_id ON subscription (task_id);

CREATE INDEX ix_subscription_task_type_id ON subscription (task_type_id);

UPDATE alembic_version SET version_num='6bd3b102d61b' WHERE alembic_version.version_num = '3d5c93bafb9d';

-- Running upgrade 6bd3b102d61b -> fee7c696166e

CREATE TABLE api_event (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    user_id UUID, 
    data JSONB, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES person (id)
);

CREATE INDEX ix_api_event_name ON api_event (name);

CREATE INDEX ix_api_event_user_id ON api_event (user_id);

UPDATE alembic_version SET version_num='fee7c696166e' WHERE alembic_version.version_num = '6bd3b102d61b';

-- Running upgrade fee7c696166e -> c726b98be194

ALTER TABLE preview_file ADD COLUMN extension VARCHAR(6);

UPDATE alembic_version SET version_num='c726b98be194' WHERE alembic_version.version_num = 'fee7c696166e';

-- Running upgrade c726b98be194 -> 443d1e78a932

ALTER TABLE task_type ADD COLUMN allow_timelog BOOLEAN;

UPDATE alembic_version SET version_num='443d1e78a932' WHERE alembic_version.version_num = 'c726b98be194';

-- Running upgrade 443d1e78a932 -> 38baa9a23b3d

ALTER TABLE task ADD COLUMN priority INTEGER;

UPDATE alembic_version SET version_num='38baa9a23b3d' WHERE alembic_version.version_num = '443d1e78a932';

-- Running upgrade 38baa9a23b3d -> f995b28fb749

ALTER TABLE project ADD COLUMN fps VARCHAR(10);

ALTER TABLE project ADD COLUMN ratio VARCHAR(10);

ALTER TABLE project ADD COLUMN resolution VARCHAR(12);

UPDATE alembic_version SET version_num='f995b28fb749' WHERE alembic_version.version_num = '38baa9a23b3d';

-- Running upgrade f995b28fb749 -> fc322f908695

ALTER TABLE project ADD COLUMN production_type VARCHAR(20);

UPDATE alembic_version SET version_num='fc322f908695' WHERE alembic_version.version_num = 'f995b28fb749';

-- Running upgrade fc322f908695 -> fb6b6f188497

ALTER TABLE playlist ADD COLUMN episode_id UUID;

ALTER TABLE playlist ADD FOREIGN KEY(episode_id) REFERENCES entity (id);

UPDATE alembic_version SET version_num='fb6b6f188497' WHERE alembic_version.version_num = 'fc322f908695';

-- Running upgrade fb6b6f188497 -> 925771029620

ALTER TABLE playlist DROP CONSTRAINT playlist_uc;

ALTER TABLE playlist ADD CONSTRAINT playlist_uc UNIQUE (name, project_id, episode_id);

UPDATE alembic_version SET version_num='925771029620' WHERE alembic_version.version_num = 'fb6b6f188497';

-- Running upgrade 925771029620 -> 45c2de366e66

ALTER TABLE preview_file ADD COLUMN annotations JSONB;

UPDATE alembic_version SET version_num='45c2de366e66' WHERE alembic_version.version_num = '925771029620';

-- Running upgrade 45c2de366e66 -> 3fee3bd10f9d

ALTER TABLE output_file ADD COLUMN data JSONB;

ALTER TABLE working_file ADD COLUMN data JSONB;

UPDATE alembic_version SET version_num='3fee3bd10f9d' WHERE alembic_version.version_num = '45c2de366e66';

-- Running upgrade 3fee3bd10f9d -> 0ef6416a507b

ALTER TABLE asset_instance ADD COLUMN target_asset_id UUID;

CREATE INDEX ix_asset_instance_target_asset_id ON asset_instance (target_asset_id);

ALTER TABLE asset_instance DROP CONSTRAINT asset_instance_uc;

ALTER TABLE asset_instance ADD CONSTRAINT asset_instance_uc UNIQUE (asset_id, target_asset_id, scene_id, number);

ALTER TABLE asset_instance DROP CONSTRAINT asset_instance_name_uc;

ALTER TABLE asset_instance ADD FOREIGN KEY(target_asset_id) REFERENCES entity (id);

UPDATE alembic_version SET version_num='0ef6416a507b' WHERE alembic_version.version_num = '3fee3bd10f9d';

-- Running upgrade 0ef6416a507b -> de8a3de227ef

CREATE TABLE comment_preview_link (
    comment UUID NOT NULL, 
    preview_file UUID NOT NULL, 
    PRIMARY KEY (comment, preview_file), 
    FOREIGN KEY(comment) REFERENCES comment (id), 
    FOREIGN KEY(preview_file) REFERENCES preview_file (id)
);

UPDATE alembic_version SET version_num='de8a3de227ef' WHERE alembic_version.version_num = '0ef6416a507b';

-- Running upgrade de8a3de227ef -> e1ef93f40d3d

ALTER TABLE task_status ADD COLUMN is_artist_allowed BOOLEAN;

UPDATE alembic_version SET version_num='e1ef93f40d3d' WHERE alembic_version.version_num = 'de8a3de227ef';

-- Running upgrade e1ef93f40d3d -> a65bdadbae2f

CREATE TABLE metadata_descriptor (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    project_id UUID NOT NULL, 
    entity_type VARCHAR(60) NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    field_name VARCHAR(120) NOT NULL, 
    choices JSONB, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    CONSTRAINT metadata_descriptor_uc UNIQUE (project_id, entity_type, name)
);

CREATE INDEX ix_metadata_descriptor_entity_type ON metadata_descriptor (entity_type);

CREATE INDEX ix_metadata_descriptor_project_id ON metadata_descriptor (project_id);

UPDATE alembic_version SET version_num='a65bdadbae2f' WHERE alembic_version.version_num = 'e1ef93f40d3d';

-- Running upgrade a65bdadbae2f -> 389cfb9de776

ALTER TABLE task ADD COLUMN last_comment_date TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE task ADD COLUMN retake_count INTEGER;

ALTER TABLE task_status ADD COLUMN is_retake BOOLEAN;

UPDATE alembic_version SET version_num='389cfb9de776' WHERE alembic_version.version_num = 'a65bdadbae2f';

-- Running upgrade 389cfb9de776 -> 4f2398ebcd49

ALTER TABLE search_filter ADD COLUMN entity_type VARCHAR(80);

UPDATE alembic_version SET version_num='4f2398ebcd49' WHERE alembic_version.version_num = '389cfb9de776';

-- Running upgrade 4f2398ebcd49 -> a519c710877c

ALTER TABLE entity ADD COLUMN code VARCHAR(160);

ALTER TABLE project ADD COLUMN code VARCHAR(80);

UPDATE alembic_version SET version_num='a519c710877c' WHERE alembic_version.version_num = '4f2398ebcd49';

-- Running upgrade a519c710877c -> af1790868e2c

ALTER TABLE entity ADD COLUMN nb_frames INTEGER;

UPDATE alembic_version SET version_num='af1790868e2c' WHERE alembic_version.version_num = 'a519c710877c';

-- Running upgrade af1790868e2c -> 772a5e43f05b

CREATE TABLE comment_mentions (
    comment UUID NOT NULL, 
    person UUID NOT NULL, 
    PRIMARY KEY (comment, person), 
    FOREIGN KEY(comment) REFERENCES comment (id), 
    FOREIGN KEY(person) REFERENCES person (id)
);

ALTER TABLE notification ADD COLUMN type VARCHAR(255);

UPDATE alembic_version SET version_num='772a5e43f05b' WHERE alembic_version.version_num = 'af1790868e2c';

-- Running upgrade 772a5e43f05b -> 5b0fcbb94f24

ALTER TABLE notification ALTER COLUMN comment_id DROP NOT NULL;

UPDATE alembic_version SET version_num='5b0fcbb94f24' WHERE alembic_version.version_num = '772a5e43f05b';

-- Running upgrade 5b0fcbb94f24 -> 6f6049877105

ALTER TABLE notification DROP CONSTRAINT notification_uc;

ALTER TABLE notification ADD CONSTRAINT notification_uc UNIQUE (person_id, author_id, comment_id, type);

UPDATE alembic_version SET version_num='6f6049877105' WHERE alembic_version.version_num = '5b0fcbb94f24';

-- Running upgrade 6f6049877105 -> 556526e47daa

CREATE TABLE login_log (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    person_id UUID NOT NULL, 
    ip_address VARCHAR(50), 
    origin VARCHAR(255), 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id)
);

CREATE INDEX ix_login_log_person_id ON login_log (person_id);

CREATE INDEX ix_login_log_created_at ON login_log (created_at);

UPDATE alembic_version SET version_num='556526e47daa' WHERE alembic_version.version_num = '6f6049877105';

-- Running upgrade 556526e47daa -> 9a09467f9b2c

CREATE TABLE organisation (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(80) NOT NULL, 
    hours_by_day INTEGER NOT NULL, 
    has_avatar BOOLEAN, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

UPDATE alembic_version SET version_num='9a09467f9b2c' WHERE alembic_version.version_num = '556526e47daa';

-- Running upgrade 9a09467f9b2c -> df1834485f57

ALTER TABLE custom_action ADD COLUMN is_ajax BOOLEAN;

UPDATE alembic_version SET version_num='df1834485f57' WHERE alembic_version.version_num = '9a09467f9b2c';

-- Running upgrade df1834485f57 -> 892b264937ec

CREATE TABLE news (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    change BOOLEAN NOT NULL, 
    person_id UUID NOT NULL, 
    author_id UUID NOT NULL, 
    comment_id UUID, 
    task_id UUID NOT NULL, 
    preview_file_id UUID NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(author_id) REFERENCES person (id), 
    FOREIGN KEY(comment_id) REFERENCES comment (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    FOREIGN KEY(preview_file_id) REFERENCES task (id), 
    FOREIGN KEY(task_id) REFERENCES task (id)
);

CREATE INDEX ix_news_author_id ON news (author_id);

CREATE INDEX ix_news_comment_id ON news (comment_id);

CREATE INDEX ix_news_person_id ON news (person_id);

CREATE INDEX ix_news_preview_file_id ON news (preview_file_id);

CREATE INDEX ix_news_task_id ON news (task_id);

UPDATE alembic_version SET version_num='892b264937ec' WHERE alembic_version.version_num = 'df1834485f57';

-- Running upgrade 892b264937ec -> 2adc020885fa

ALTER TABLE news ALTER COLUMN preview_file_id DROP NOT NULL;

DROP INDEX ix_news_person_id;

ALTER TABLE news DROP CONSTRAINT news_person_id_fkey;

ALTER TABLE news DROP COLUMN person_id;

UPDATE alembic_version SET version_num='2adc020885fa' WHERE alembic_version.version_num = '892b264937ec';

-- Running upgrade 2adc020885fa -> 40dea9555940

ALTER TABLE news DROP CONSTRAINT news_preview_file_id_fkey;

ALTER TABLE news ADD FOREIGN KEY(preview_file_id) REFERENCES preview_file (id);

UPDATE alembic_version SET version_num='40dea9555940' WHERE alembic_version.version_num = '2adc020885fa';

-- Running upgrade 40dea9555940 -> 43d0cf0ed5e7

ALTER TABLE preview_file ADD COLUMN original_name VARCHAR(250);

UPDATE alembic_version SET version_num='43d0cf0ed5e7' WHERE alembic_version.version_num = '40dea9555940';

-- Running upgrade 43d0cf0ed5e7 -> c81f3e83bdb5

ALTER TABLE organisation ADD COLUMN use_original_file_name BOOLEAN;

UPDATE alembic_version SET version_num='c81f3e83bdb5' WHERE alembic_version.version_num = '43d0cf0ed5e7';

-- Running upgrade c81f3e83bdb5 -> 523ee9647bee

ALTER TABLE comment ADD COLUMN checklist JSONB;

ALTER TABLE comment ADD COLUMN pinned BOOLEAN;

ALTER TABLE entity ALTER COLUMN description TYPE VARCHAR(1200);

UPDATE alembic_version SET version_num='523ee9647bee' WHERE alembic_version.version_num = 'c81f3e83bdb5';

-- Running upgrade 523ee9647bee -> 54ee0d1d60ba

CREATE TABLE build_job (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    status VARCHAR(255), 
    job_type VARCHAR(255), 
    ended_at TIMESTAMP WITHOUT TIME ZONE, 
    playlist_id UUID NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(playlist_id) REFERENCES playlist (id)
);

UPDATE alembic_version SET version_num='54ee0d1d60ba' WHERE alembic_version.version_num = '523ee9647bee';

-- Running upgrade 54ee0d1d60ba -> 590aa1ffe731

ALTER TABLE person ADD COLUMN notifications_enabled BOOLEAN;

UPDATE alembic_version SET version_num='590aa1ffe731' WHERE alembic_version.version_num = '54ee0d1d60ba';

-- Running upgrade 590aa1ffe731 -> 003be8a91001

ALTER TABLE project ADD COLUMN end_date DATE;

ALTER TABLE project ADD COLUMN start_date DATE;

UPDATE alembic_version SET version_num='003be8a91001' WHERE alembic_version.version_num = '590aa1ffe731';

-- Running upgrade 003be8a91001 -> e29638428dfd

CREATE TABLE schedule_item (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    start_date DATE, 
    end_date DATE, 
    project_id UUID, 
    task_type_id UUID, 
    entity_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(entity_id) REFERENCES task_type (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id)
);

CREATE INDEX ix_schedule_item_entity_id ON schedule_item (entity_id);

CREATE INDEX ix_schedule_item_project_id ON schedule_item (project_id);

CREATE INDEX ix_schedule_item_task_type_id ON schedule_item (task_type_id);

UPDATE alembic_version SET version_num='e29638428dfd' WHERE alembic_version.version_num = '003be8a91001';

-- Running upgrade e29638428dfd -> 9f8445f9b42c

ALTER TABLE project ADD COLUMN man_days INTEGER;

ALTER TABLE schedule_item ADD COLUMN man_days INTEGER;

UPDATE alembic_version SET version_num='9f8445f9b42c' WHERE alembic_version.version_num = 'e29638428dfd';

-- Running upgrade 9f8445f9b42c -> 5c0498e264bc

ALTER TABLE person ADD COLUMN notifications_slack_enabled BOOLEAN;

ALTER TABLE person ADD COLUMN notifications_slack_userid VARCHAR(60);

UPDATE alembic_version SET version_num='5c0498e264bc' WHERE alembic_version.version_num = '9f8445f9b42c';

-- Running upgrade 5c0498e264bc -> 7bc746997e8d

ALTER TABLE organisation ADD COLUMN chat_token_slack VARCHAR(80);

UPDATE alembic_version SET version_num='7bc746997e8d' WHERE alembic_version.version_num = '5c0498e264bc';

-- Running upgrade 7bc746997e8d -> d8dcd5196d57

ALTER TABLE entity_link ADD COLUMN label VARCHAR(80);

UPDATE alembic_version SET version_num='d8dcd5196d57' WHERE alembic_version.version_num = '7bc746997e8d';

-- Running upgrade d8dcd5196d57 -> b45cb782bb9c

ALTER TABLE schedule_item DROP CONSTRAINT schedule_item_entity_id_fkey;

ALTER TABLE schedule_item ADD FOREIGN KEY(entity_id) REFERENCES entity (id);

UPDATE alembic_version SET version_num='b45cb782bb9c' WHERE alembic_version.version_num = 'd8dcd5196d57';

-- Running upgrade b45cb782bb9c -> 10cf267d95c9

ALTER TABLE schedule_item ADD COLUMN object_id UUID;

CREATE INDEX ix_schedule_item_object_id ON schedule_item (object_id);

DROP INDEX ix_schedule_item_entity_id;

ALTER TABLE schedule_item DROP CONSTRAINT schedule_item_entity_id_fkey;

ALTER TABLE schedule_item DROP COLUMN entity_id;

UPDATE alembic_version SET version_num='10cf267d95c9' WHERE alembic_version.version_num = 'b45cb782bb9c';

-- Running upgrade 10cf267d95c9 -> 6d1b2c60f58b

CREATE TABLE milestone (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    date DATE, 
    name VARCHAR(40) NOT NULL, 
    project_id UUID, 
    task_type_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id)
);

CREATE INDEX ix_milestone_project_id ON milestone (project_id);

CREATE INDEX ix_milestone_task_type_id ON milestone (task_type_id);

UPDATE alembic_version SET version_num='6d1b2c60f58b' WHERE alembic_version.version_num = '10cf267d95c9';

-- Running upgrade 6d1b2c60f58b -> 5b7fa3e51701

ALTER TABLE task_status ADD COLUMN is_client_allowed BOOLEAN;

UPDATE alembic_version SET version_num='5b7fa3e51701' WHERE alembic_version.version_num = '6d1b2c60f58b';

-- Running upgrade 5b7fa3e51701 -> 98c90621cf58

ALTER TABLE playlist ADD COLUMN for_client BOOLEAN;

UPDATE alembic_version SET version_num='98c90621cf58' WHERE alembic_version.version_num = '5b7fa3e51701';

-- Running upgrade 98c90621cf58 -> 306266361f4f

CREATE INDEX ix_build_job_playlist_id ON build_job (playlist_id);

DROP INDEX ix_login_log_created_at;

ALTER TABLE task ADD COLUMN data JSONB;

ALTER TABLE task_type ALTER COLUMN for_entity TYPE VARCHAR(30);

ALTER TABLE task_type ALTER COLUMN short_name TYPE VARCHAR(20);

UPDATE alembic_version SET version_num='306266361f4f' WHERE alembic_version.version_num = '98c90621cf58';

-- Running upgrade 306266361f4f -> 9010a64e5a2d

CREATE INDEX ix_playlist_episode_id ON playlist (episode_id);

CREATE INDEX ix_playlist_for_client ON playlist (for_client);

CREATE INDEX ix_playlist_project_id ON playlist (project_id);

CREATE INDEX ix_task_assigner_id ON task (assigner_id);

CREATE INDEX ix_task_task_status_id ON task (task_status_id);

CREATE INDEX ix_task_task_type_id ON task (task_type_id);

UPDATE alembic_version SET version_num='9010a64e5a2d' WHERE alembic_version.version_num = '306266361f4f';

-- Running upgrade 9010a64e5a2d -> cf3d365de164

CREATE TABLE entity_version (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(160) NOT NULL, 
    data JSONB, 
    entity_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(entity_id) REFERENCES entity (id)
);

CREATE INDEX ix_entity_version_entity_id ON entity_version (entity_id);

UPDATE alembic_version SET version_num='cf3d365de164' WHERE alembic_version.version_num = '9010a64e5a2d';

-- Running upgrade cf3d365de164 -> 8739ae9fa28b

ALTER TABLE metadata_descriptor ADD COLUMN for_client BOOLEAN;

CREATE INDEX ix_metadata_descriptor_for_client ON metadata_descriptor (for_client);

UPDATE alembic_version SET version_num='8739ae9fa28b' WHERE alembic_version.version_num = 'cf3d365de164';

-- Running upgrade 8739ae9fa28b -> 7417c8eb70d8

ALTER TABLE playlist ADD COLUMN for_entity VARCHAR(10);

CREATE INDEX ix_playlist_for_entity ON playlist (for_entity);

UPDATE alembic_version SET version_num='7417c8eb70d8' WHERE alembic_version.version_num = '8739ae9fa28b';

-- Running upgrade 7417c8eb70d8 -> 6aa446ee4072

ALTER TABLE playlist ADD COLUMN is_for_all BOOLEAN;

UPDATE alembic_version SET version_num='6aa446ee4072' WHERE alembic_version.version_num = '7417c8eb70d8';

-- Running upgrade 6aa446ee4072 -> 3476e147e632

CREATE TABLE comment_acknoledgments (
    comment UUID NOT NULL, 
    person UUID NOT NULL, 
    PRIMARY KEY (comment, person), 
    FOREIGN KEY(comment) REFERENCES comment (id), 
    FOREIGN KEY(person) REFERENCES person (id)
);

UPDATE alembic_version SET version_num='3476e147e632' WHERE alembic_version.version_num = '6aa446ee4072';

-- Running upgrade 3476e147e632 -> 0ec3762a745d

CREATE TABLE attachment_file (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(250), 
    size INTEGER, 
    extension VARCHAR(6), 
    comment_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(comment_id) REFERENCES comment (id), 
    CONSTRAINT attachment_uc UNIQUE (name, comment_id)
);

CREATE INDEX ix_attachment_file_comment_id ON attachment_file (comment_id);

UPDATE alembic_version SET version_num='0ec3762a745d' WHERE alembic_version.version_num = '3476e147e632';

-- Running upgrade 0ec3762a745d -> c68c2a62cfac

ALTER TABLE attachment_file ADD COLUMN mimetype VARCHAR(255);

UPDATE alembic_version SET version_num='c68c2a62cfac' WHERE alembic_version.version_num = '0ec3762a745d';

-- Running upgrade c68c2a62cfac -> 5e2ce62632a6

CREATE TABLE project_asset_type_link (
    project_id UUID NOT NULL, 
    asset_type_id UUID NOT NULL, 
    PRIMARY KEY (project_id, asset_type_id), 
    FOREIGN KEY(asset_type_id) REFERENCES entity_type (id), 
    FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE project_task_status_link (
    project_id UUID NOT NULL, 
    task_status_id UUID NOT NULL, 
    PRIMARY KEY (project_id, task_status_id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    FOREIGN KEY(task_status_id) REFERENCES task_status (id)
);

CREATE TABLE project_task_type_link (
    project_id UUID NOT NULL, 
    task_type_id UUID NOT NULL, 
    PRIMARY KEY (project_id, task_type_id), 
    FOREIGN KEY(project_id) REFERENCES project (id), 
    FOREIGN KEY(task_type_id) REFERENCES task_type (id)
);

UPDATE alembic_version SET version_num='5e2ce62632a6' WHERE alembic_version.version_num = 'c68c2a62cfac';

-- Running upgrade 5e2ce62632a6 -> 82e7f7a95e84

ALTER TABLE api_event ADD COLUMN project_id UUID;

CREATE INDEX ix_api_event_project_id ON api_event (project_id);

ALTER TABLE api_event ADD FOREIGN KEY(project_id) REFERENCES project (id);

CREATE INDEX ix_entity_link_entity_in_id ON entity_link (entity_in_id);

CREATE INDEX ix_entity_link_entity_out_id ON entity_link (entity_out_id);

UPDATE alembic_version SET version_num='82e7f7a95e84' WHERE alembic_version.version_num = '5e2ce62632a6';

-- Running upgrade 82e7f7a95e84 -> 346250b5304c

ALTER TABLE preview_file ADD COLUMN position INTEGER;

UPDATE alembic_version SET version_num='346250b5304c' WHERE alembic_version.version_num = '82e7f7a95e84';

-- Running upgrade 346250b5304c -> e839d6603c09

ALTER TABLE entity_version ADD COLUMN person_id UUID;

CREATE INDEX ix_entity_version_person_id ON entity_version (person_id);

ALTER TABLE entity_version ADD FOREIGN KEY(person_id) REFERENCES person (id);

UPDATE alembic_version SET version_num='e839d6603c09' WHERE alembic_version.version_num = '346250b5304c';

-- Running upgrade e839d6603c09 -> ffeed4956ab1

ALTER TABLE project ALTER COLUMN description TYPE TEXT;

ALTER TABLE project ALTER COLUMN description DROP NOT NULL;

ALTER TABLE project ADD COLUMN episode_span INTEGER;

ALTER TABLE project ADD COLUMN nb_episodes INTEGER;

UPDATE alembic_version SET version_num='ffeed4956ab1' WHERE alembic_version.version_num = 'e839d6603c09';

-- Running upgrade ffeed4956ab1 -> cf6cec6d6bf5

ALTER TABLE preview_file ADD COLUMN status VARCHAR(255);

UPDATE alembic_version SET version_num='cf6cec6d6bf5' WHERE alembic_version.version_num = 'ffeed4956ab1';

-- Running upgrade cf6cec6d6bf5 -> 1cb44194db49

ALTER TABLE preview_file ADD COLUMN file_size INTEGER;

UPDATE alembic_version SET version_num='1cb44194db49' WHERE alembic_version.version_num = 'cf6cec6d6bf5';

-- Running upgrade 1cb44194db49 -> fb87feaaa094

ALTER TABLE entity_link ADD CONSTRAINT entity_link_uc UNIQUE (entity_in_id, entity_out_id);

ALTER TABLE schedule_item ADD CONSTRAINT schedule_item_uc UNIQUE (project_id, task_type_id, object_id);

UPDATE alembic_version SET version_num='fb87feaaa094' WHERE alembic_version.version_num = '1cb44194db49';

-- Running upgrade fb87feaaa094 -> 8e4f39e321f4

CREATE TABLE day_off (
    id UUID NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    date DATE NOT NULL, 
    person_id UUID, 
    PRIMARY KEY (id), 
    FOREIGN KEY(person_id) REFERENCES person (id), 
    CONSTRAINT day_off_uc UNIQUE (person_id, date)
);

CREATE INDEX ix_day_off_person_id ON day_off (person_id);

UPDATE alembic_version SET version_num='8e4f39e321f4' WHERE alembic_version.version_num = 'fb87feaaa094';

-- Running upgrade 8e4f39e321f4 -> 6d7fa5a8e9a5

ALTER TABLE organisation ADD COLUMN timesheets_locked BOOLEAN;

UPDATE alembic_version SET version_num='6d7fa5a8e9a5' WHERE alembic_version.version_num = '8e4f39e321f4';

-- Running upgrade 6d7fa5a8e9a5 -> 6c597e842afa

ALTER TABLE playlist ADD COLUMN task_type_id UUID;

CREATE INDEX ix_playlist_task_type_id ON playlist (task_type_id);

ALTER TABLE playlist ADD FOREIGN KEY(task_type_id) REFERENCES task_type (id);

UPDATE alembic_version SET version_num='6c597e842afa' WHERE alembic_version.version_num = '6d7fa5a8e9a5';

COMMIT;

