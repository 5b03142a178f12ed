BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

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

-- Running upgrade 0210948a8147 -> f206d4e7574d

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'redshift', 'snowflake');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

UPDATE alembic_version SET version_num='f206d4e7574d' WHERE alembic_version.version_num = '0210948a8147';

-- Running upgrade f206d4e7574d -> c5336b841d70

CREATE TYPE webhookdirection AS ENUM ('one_way', 'two_way');

CREATE TABLE policypostwebhook (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    direction webhookdirection NOT NULL, 
    "order" INTEGER NOT NULL, 
    policy_id VARCHAR NOT NULL, 
    connection_config_id VARCHAR NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id), 
    FOREIGN KEY(policy_id) REFERENCES policy (id), 
    UNIQUE (name)
);

CREATE INDEX ix_policypostwebhook_id ON policypostwebhook (id);

CREATE UNIQUE INDEX ix_policypostwebhook_key ON policypostwebhook (key);

CREATE TABLE policyprewebhook (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    name VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    direction webhookdirection NOT NULL, 
    "order" INTEGER NOT NULL, 
    policy_id VARCHAR NOT NULL, 
    connection_config_id VARCHAR NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id), 
    FOREIGN KEY(policy_id) REFERENCES policy (id), 
    UNIQUE (name)
);

CREATE INDEX ix_policyprewebhook_id ON policyprewebhook (id);

CREATE UNIQUE INDEX ix_policyprewebhook_key ON policyprewebhook (key);

UPDATE alembic_version SET version_num='c5336b841d70' WHERE alembic_version.version_num = 'f206d4e7574d';

-- Running upgrade c5336b841d70 -> d65e7e921814

alter type privacyrequeststatus add value 'paused';

UPDATE alembic_version SET version_num='d65e7e921814' WHERE alembic_version.version_num = 'c5336b841d70';

-- Running upgrade d65e7e921814 -> f3841942d90c

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

UPDATE alembic_version SET version_num='f3841942d90c' WHERE alembic_version.version_num = 'd65e7e921814';

-- Running upgrade f3841942d90c -> 07014ff34eb2

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

UPDATE alembic_version SET version_num='07014ff34eb2' WHERE alembic_version.version_num = 'f3841942d90c';

-- Running upgrade 07014ff34eb2 -> e55a51b354e3

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

UPDATE alembic_version SET version_num='e55a51b354e3' WHERE alembic_version.version_num = '07014ff34eb2';

-- Running upgrade e55a51b354e3 -> 1dfc5a2d30e7

ALTER TABLE connectionconfig ADD COLUMN saas_config JSONB;

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'saas');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

UPDATE alembic_version SET version_num='1dfc5a2d30e7' WHERE alembic_version.version_num = 'e55a51b354e3';

-- Running upgrade 1dfc5a2d30e7 -> 5a966cd643d7

CREATE TABLE fidesopsuser (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    username VARCHAR, 
    hashed_password VARCHAR NOT NULL, 
    salt VARCHAR NOT NULL, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_fidesopsuser_id ON fidesopsuser (id);

CREATE UNIQUE INDEX ix_fidesopsuser_username ON fidesopsuser (username);

ALTER TABLE client ADD COLUMN fides_key VARCHAR;

ALTER TABLE client ADD COLUMN user_id VARCHAR;

CREATE UNIQUE INDEX ix_client_fides_key ON client (fides_key);

ALTER TABLE client ADD CONSTRAINT client_user_id_key UNIQUE (user_id);

ALTER TABLE client ADD CONSTRAINT client_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesopsuser (id);

UPDATE alembic_version SET version_num='5a966cd643d7' WHERE alembic_version.version_num = '1dfc5a2d30e7';

-- Running upgrade 5a966cd643d7 -> 906d7198df28

alter type privacyrequeststatus add value 'approved';

alter type privacyrequeststatus add value 'denied';

ALTER TABLE privacyrequest ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE privacyrequest ADD COLUMN reviewed_by VARCHAR;

ALTER TABLE privacyrequest ADD CONSTRAINT privacyrequest_reviewed_by_fkey FOREIGN KEY(reviewed_by) REFERENCES fidesopsuser (id) ON DELETE SET NULL;

UPDATE alembic_version SET version_num='906d7198df28' WHERE alembic_version.version_num = '5a966cd643d7';

-- Running upgrade 906d7198df28 -> c9759675b5d3

ALTER TABLE fidesopsuser ADD COLUMN last_login_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE fidesopsuser ADD COLUMN password_reset_at TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='c9759675b5d3' WHERE alembic_version.version_num = '906d7198df28';

-- Running upgrade c9759675b5d3 -> 530fb8533ca4

ALTER TABLE fidesopsuser ALTER COLUMN last_login_at TYPE TIMESTAMP WITH TIME ZONE;

ALTER TABLE fidesopsuser ALTER COLUMN password_reset_at TYPE TIMESTAMP WITH TIME ZONE;

UPDATE alembic_version SET version_num='530fb8533ca4' WHERE alembic_version.version_num = 'c9759675b5d3';

-- Running upgrade 530fb8533ca4 -> 90070db16d05

CREATE TABLE fidesopsuserpermissions (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    user_id VARCHAR NOT NULL, 
    scopes VARCHAR[] NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES fidesopsuser (id), 
    UNIQUE (user_id)
);

CREATE INDEX ix_fidesopsuserpermissions_id ON fidesopsuserpermissions (id);

UPDATE alembic_version SET version_num='90070db16d05' WHERE alembic_version.version_num = '530fb8533ca4';

-- Running upgrade 90070db16d05 -> 29a7d707163a

ALTER TABLE fidesopsuser ADD COLUMN first_name VARCHAR;

ALTER TABLE fidesopsuser ADD COLUMN last_name VARCHAR;

UPDATE alembic_version SET version_num='29a7d707163a' WHERE alembic_version.version_num = '90070db16d05';

-- Running upgrade 29a7d707163a -> c98da12d76f8

CREATE TYPE auditlogaction AS ENUM ('approved', 'denied');

CREATE TABLE auditlog (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    user_id VARCHAR, 
    privacy_request_id VARCHAR, 
    action auditlogaction NOT NULL, 
    message VARCHAR, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_auditlog_action ON auditlog (action);

CREATE INDEX ix_auditlog_id ON auditlog (id);

CREATE INDEX ix_auditlog_privacy_request_id ON auditlog (privacy_request_id);

CREATE INDEX ix_auditlog_user_id ON auditlog (user_id);

UPDATE alembic_version SET version_num='c98da12d76f8' WHERE alembic_version.version_num = '29a7d707163a';

-- Running upgrade c98da12d76f8 -> 5078badb90b9

CREATE TYPE drpaction AS ENUM ('access', 'deletion', 'sale_opt_out', 'sale_opt_in', 'access_categories', 'access_specific');

ALTER TABLE policy ADD COLUMN drp_action drpaction;

CREATE UNIQUE INDEX ix_policy_drp_action ON policy (drp_action);

UPDATE alembic_version SET version_num='5078badb90b9' WHERE alembic_version.version_num = 'c98da12d76f8';

-- Running upgrade 5078badb90b9 -> 3a7c5fb119c9

alter type connectiontype rename to connectiontype_old;

create type connectiontype as enum('postgres', 'mongodb', 'mysql', 'https', 'snowflake', 'redshift', 'mssql', 'mariadb', 'bigquery', 'saas', 'manual');

alter table connectionconfig alter column connection_type type connectiontype using connection_type::text::connectiontype;

drop type connectiontype_old;

alter type executionlogstatus add value 'paused';

UPDATE alembic_version SET version_num='3a7c5fb119c9' WHERE alembic_version.version_num = '5078badb90b9';

-- Running upgrade 3a7c5fb119c9 -> 1ff88b7bd579

CREATE TABLE authenticationrequest (
    id VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(), 
    connection_key VARCHAR NOT NULL, 
    state VARCHAR NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (connection_key)
);

CREATE INDEX ix_authenticationrequest_id ON authenticationrequest (id);

CREATE UNIQUE INDEX ix_authenticationrequest_state ON authenticationrequest (state);

UPDATE alembic_version SET version_num='1ff88b7bd579' WHERE alembic_version.version_num = '3a7c5fb119c9';

-- Running upgrade 1ff88b7bd579 -> 27fe9da9d0f9

ALTER TABLE privacyrequest ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;

UPDATE alembic_version SET version_num='27fe9da9d0f9' WHERE alembic_version.version_num = '1ff88b7bd579';

-- Running upgrade 27fe9da9d0f9 -> c3472d75c80e

ALTER TABLE connectionconfig ADD COLUMN disabled BOOLEAN DEFAULT 'f';

ALTER TABLE connectionconfig ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;

alter type executionlogstatus add value 'skipped';

UPDATE alembic_version SET version_num='c3472d75c80e' WHERE alembic_version.version_num = '27fe9da9d0f9';

-- Running upgrade c3472d75c80e -> b3b68c87c4a0

ALTER TABLE connectionconfig ADD COLUMN description VARCHAR;

CREATE INDEX ix_connectionconfig_description ON connectionconfig (description);

UPDATE alembic_version SET version_num='b3b68c87c4a0' WHERE alembic_version.version_num = 'c3472d75c80e';

-- Running upgrade b3b68c87c4a0 -> 55d61eb8ed12

UPDATE alembic_version SET version_num='55d61eb8ed12' WHERE alembic_version.version_num = 'b3b68c87c4a0';

-- Running upgrade 55d61eb8ed12 -> ed1b00ff963d

ALTER TABLE privacyrequest ADD COLUMN cancel_reason VARCHAR(200);

ALTER TABLE privacyrequest ADD COLUMN canceled_at TIMESTAMP WITH TIME ZONE;

alter type privacyrequeststatus add value 'canceled';

UPDATE alembic_version SET version_num='ed1b00ff963d' WHERE alembic_version.version_num = '55d61eb8ed12';

-- Running upgrade ed1b00ff963d -> c7cc36820d4b

ALTER TABLE fidesopsuser RENAME TO fidesuser;

ALTER INDEX fidesopsuser_pkey RENAME TO fidesuser_pkey;

ALTER INDEX ix_fidesopsuser_id RENAME TO ix_fidesuser_id;

ALTER INDEX ix_fidesopsuser_username RENAME TO ix_fidesuser_username;

ALTER TABLE fidesopsuserpermissions RENAME TO fidesuserpermissions;

ALTER INDEX fidesopsuserpermissions_pkey RENAME TO fidesuserpermission_pkey;

ALTER INDEX fidesopsuserpermissions_user_id_key RENAME TO fidesuserpermissions_user_id_key;

ALTER INDEX ix_fidesopsuserpermissions_id RENAME TO ix_fidesuserpermissions_id;

ALTER TABLE fidesuserpermissions DROP CONSTRAINT fidesopsuserpermissions_user_id_fkey;

ALTER TABLE fidesuserpermissions ADD CONSTRAINT fidesuserpermissions_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesuser (id);

ALTER TABLE client DROP CONSTRAINT client_user_id_fkey;

ALTER TABLE client ADD CONSTRAINT client_user_id_fkey FOREIGN KEY(user_id) REFERENCES fidesuser (id);

ALTER TABLE privacyrequest DROP CONSTRAINT privacyrequest_reviewed_by_fkey;

ALTER TABLE privacyrequest ADD CONSTRAINT privacyrequest_reviewed_by_fkey FOREIGN KEY(reviewed_by) REFERENCES fidesuser (id);

ALTER TABLE privacyrequest DROP CONSTRAINT privacyrequest_reviewed_by_fkey;

ALTER TABLE privacyrequest ADD FOREIGN KEY(reviewed_by) REFERENCES fidesuser (id) ON DELETE SET NULL;

UPDATE alembic_version SET version_num='c7cc36820d4b' WHERE alembic_version.version_num = 'ed1b00ff963d';

-- Running upgrade c7cc36820d4b -> fc90277bbcde

select connectionconfig.id, connectionconfig.saas_config from connectionconfig WHERE connectionconfig.connection_type = NULL;

