BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 26934c96ec80

CREATE TABLE data_categories (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    parent_key TEXT, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_categories_fides_key ON data_categories (fides_key);

CREATE UNIQUE INDEX ix_data_categories_id ON data_categories (id);

CREATE TABLE data_qualifiers (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_qualifiers_fides_key ON data_qualifiers (fides_key);

CREATE UNIQUE INDEX ix_data_qualifiers_id ON data_qualifiers (id);

CREATE TABLE data_subjects (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_subjects_fides_key ON data_subjects (fides_key);

CREATE UNIQUE INDEX ix_data_subjects_id ON data_subjects (id);

CREATE TABLE data_uses (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    parent_key TEXT, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_data_uses_fides_key ON data_uses (fides_key);

CREATE UNIQUE INDEX ix_data_uses_id ON data_uses (id);

CREATE TABLE datasets (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    meta JSON, 
    data_categories VARCHAR[], 
    data_qualifier VARCHAR[], 
    location VARCHAR, 
    dataset_type VARCHAR, 
    fields JSON, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_datasets_fides_key ON datasets (fides_key);

CREATE UNIQUE INDEX ix_datasets_id ON datasets (id);

CREATE TABLE evaluations (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    status VARCHAR, 
    details VARCHAR[], 
    message VARCHAR, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_evaluations_fides_key ON evaluations (fides_key);

CREATE UNIQUE INDEX ix_evaluations_id ON evaluations (id);

CREATE TABLE organizations (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    organization_parent_key VARCHAR, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_organizations_fides_key ON organizations (fides_key);

CREATE UNIQUE INDEX ix_organizations_id ON organizations (id);

CREATE TABLE policies (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    rules JSON, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_policies_fides_key ON policies (fides_key);

CREATE UNIQUE INDEX ix_policies_id ON policies (id);

CREATE TABLE registries (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_registries_fides_key ON registries (fides_key);

CREATE UNIQUE INDEX ix_registries_id ON registries (id);

CREATE TABLE systems (
    id SERIAL NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    organization_fides_key TEXT, 
    name TEXT, 
    description TEXT, 
    registry_id VARCHAR, 
    meta JSON, 
    system_type VARCHAR, 
    system_dependencies VARCHAR[], 
    privacy_declarations JSON, 
    PRIMARY KEY (id, fides_key)
);

CREATE UNIQUE INDEX ix_systems_fides_key ON systems (fides_key);

CREATE UNIQUE INDEX ix_systems_id ON systems (id);

INSERT INTO alembic_version (version_num) VALUES ('26934c96ec80') RETURNING alembic_version.version_num;

-- Running upgrade 26934c96ec80 -> 327cd266f7b3

ALTER TABLE datasets ADD COLUMN collections JSON;

ALTER TABLE datasets DROP COLUMN location;

ALTER TABLE datasets DROP COLUMN fields;

ALTER TABLE datasets DROP COLUMN dataset_type;

UPDATE alembic_version SET version_num='327cd266f7b3' WHERE alembic_version.version_num = '26934c96ec80';

-- Running upgrade 327cd266f7b3 -> e576b6a80a49

ALTER TABLE data_qualifiers ADD COLUMN parent_key TEXT;

UPDATE alembic_version SET version_num='e576b6a80a49' WHERE alembic_version.version_num = '327cd266f7b3';

-- Running upgrade e576b6a80a49 -> 732105cd54e3

ALTER TABLE datasets ADD COLUMN data_qualifiers VARCHAR[];

ALTER TABLE datasets DROP COLUMN data_qualifier;

UPDATE alembic_version SET version_num='732105cd54e3' WHERE alembic_version.version_num = 'e576b6a80a49';

-- Running upgrade 732105cd54e3 -> 45c7a349db68

ALTER TABLE datasets ADD COLUMN data_qualifier VARCHAR;

ALTER TABLE datasets DROP COLUMN data_qualifiers;

UPDATE alembic_version SET version_num='45c7a349db68' WHERE alembic_version.version_num = '732105cd54e3';

-- Running upgrade 45c7a349db68 -> 312aff72b275

ALTER TABLE evaluations ADD COLUMN violations JSON;

ALTER TABLE evaluations DROP COLUMN details;

UPDATE alembic_version SET version_num='312aff72b275' WHERE alembic_version.version_num = '45c7a349db68';

-- Running upgrade  -> 0210948a8147

CREATE TABLE client (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    hashed_secret VARCHAR NOT NULL, 
    salt VARCHAR NOT NULL, 
    scopes VARCHAR[] NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_client_id ON client (id);

CREATE TYPE connectiontype AS ENUM ('postgres', 'mongodb', 'mysql', 'https');

CREATE TYPE accesslevel AS ENUM ('read', 'write');

CREATE TABLE connectionconfig (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    connection_type connectiontype NOT NULL, 
    access accesslevel NOT NULL, 
    secrets VARCHAR, 
    last_test_timestamp TIMESTAMP WITH TIME ZONE, 
    last_test_succeeded BOOLEAN, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_connectionconfig_id ON connectionconfig (id);

CREATE UNIQUE INDEX ix_connectionconfig_key ON connectionconfig (key);

CREATE UNIQUE INDEX ix_connectionconfig_name ON connectionconfig (name);

CREATE TYPE actiontype AS ENUM ('access', 'consent', 'erasure', 'update');

CREATE TYPE executionlogstatus AS ENUM ('in_processing', 'pending', 'complete', 'error', 'retrying');

CREATE TABLE executionlog (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    dataset_name VARCHAR, 
    collection_name VARCHAR, 
    fields_affected JSONB, 
    message VARCHAR, 
    action_type actiontype NOT NULL, 
    status executionlogstatus NOT NULL, 
    privacy_request_id VARCHAR NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_executionlog_action_type ON executionlog (action_type);

CREATE INDEX ix_executionlog_collection_name ON executionlog (collection_name);

CREATE INDEX ix_executionlog_dataset_name ON executionlog (dataset_name);

CREATE INDEX ix_executionlog_id ON executionlog (id);

CREATE INDEX ix_executionlog_privacy_request_id ON executionlog (privacy_request_id);

CREATE INDEX ix_executionlog_status ON executionlog (status);

CREATE TYPE storagetype AS ENUM ('s3', 'gcs', 'transcend', 'onetrust', 'ethyca', 'local');

CREATE TYPE responseformat AS ENUM ('json', 'csv');

CREATE TABLE storageconfig (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR, 
    type storagetype NOT NULL, 
    details JSONB NOT NULL, 
    key VARCHAR NOT NULL, 
    secrets VARCHAR, 
    format responseformat DEFAULT 'json' NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_storageconfig_id ON storageconfig (id);

CREATE UNIQUE INDEX ix_storageconfig_key ON storageconfig (key);

CREATE UNIQUE INDEX ix_storageconfig_name ON storageconfig (name);

CREATE INDEX ix_storageconfig_type ON storageconfig (type);

CREATE TABLE datasetconfig (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    connection_config_id VARCHAR NOT NULL, 
    fides_key VARCHAR NOT NULL, 
    dataset JSONB NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id)
);

CREATE UNIQUE INDEX ix_datasetconfig_fides_key ON datasetconfig (fides_key);

CREATE INDEX ix_datasetconfig_id ON datasetconfig (id);

CREATE TABLE policy (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    client_id VARCHAR NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(client_id) REFERENCES client (id), 
    UNIQUE (name)
);

CREATE INDEX ix_policy_id ON policy (id);

CREATE UNIQUE INDEX ix_policy_key ON policy (key);

CREATE TYPE privacyrequeststatus AS ENUM ('in_processing', 'pending', 'complete', 'error');

CREATE TABLE privacyrequest (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    external_id VARCHAR, 
    started_processing_at TIMESTAMP WITH TIME ZONE, 
    finished_processing_at TIMESTAMP WITH TIME ZONE, 
    requested_at TIMESTAMP WITH TIME ZONE, 
    status privacyrequeststatus NOT NULL, 
    client_id VARCHAR, 
    origin VARCHAR, 
    policy_id VARCHAR, 
    PRIMARY KEY (id), 
    FOREIGN KEY(client_id) REFERENCES client (id), 
    FOREIGN KEY(policy_id) REFERENCES policy (id)
);

CREATE INDEX ix_privacyrequest_external_id ON privacyrequest (external_id);

CREATE INDEX ix_privacyrequest_id ON privacyrequest (id);

CREATE INDEX ix_privacyrequest_status ON privacyrequest (status);

CREATE TABLE rule (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    policy_id VARCHAR NOT NULL, 
    action_type actiontype NOT NULL, 
    masking_strategy VARCHAR, 
    storage_destination_id VARCHAR, 
    client_id VARCHAR, 
    PRIMARY KEY (id), 
    FOREIGN KEY(client_id) REFERENCES client (id), 
    FOREIGN KEY(policy_id) REFERENCES policy (id), 
    FOREIGN KEY(storage_destination_id) REFERENCES storageconfig (id), 
    UNIQUE (name)
);

CREATE INDEX ix_rule_id ON rule (id);

CREATE UNIQUE INDEX ix_rule_key ON rule (key);

CREATE TABLE ruletarget (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    data_category VARCHAR NOT NULL, 
    rule_id VARCHAR NOT NULL, 
    client_id VARCHAR, 
    PRIMARY KEY (id), 
    FOREIGN KEY(client_id) REFERENCES client (id), 
    FOREIGN KEY(rule_id) REFERENCES rule (id), 
    UNIQUE (name), 
    CONSTRAINT _rule_id_data_category_uc UNIQUE (rule_id, data_category)
);

CREATE INDEX ix_ruletarget_id ON ruletarget (id);

CREATE UNIQUE INDEX ix_ruletarget_key ON ruletarget (key);

INSERT INTO alembic_version (version_num) VALUES ('0210948a8147') RETURNING alembic_version.version_num;

COMMIT;

