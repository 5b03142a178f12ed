BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> v0.9.0.a

CREATE TYPE studydirection AS ENUM ('NOT_SET', 'MINIMIZE', 'MAXIMIZE');

CREATE TABLE studies (
    study_id SERIAL NOT NULL, 
    study_name VARCHAR(512) NOT NULL, 
    direction studydirection NOT NULL, 
    PRIMARY KEY (study_id)
);

CREATE UNIQUE INDEX ix_studies_study_name ON studies (study_name);

CREATE TABLE version_info (
    version_info_id INTEGER NOT NULL, 
    schema_version INTEGER, 
    library_version VARCHAR(256), 
    PRIMARY KEY (version_info_id), 
    CHECK (version_info_id=1)
);

CREATE TABLE study_system_attributes (
    study_system_attribute_id SERIAL NOT NULL, 
    study_id INTEGER, 
    key VARCHAR(512), 
    value_json VARCHAR(2048), 
    PRIMARY KEY (study_system_attribute_id), 
    FOREIGN KEY(study_id) REFERENCES studies (study_id), 
    UNIQUE (study_id, key)
);

CREATE TABLE study_user_attributes (
    study_user_attribute_id SERIAL NOT NULL, 
    study_id INTEGER, 
    key VARCHAR(512), 
    value_json VARCHAR(2048), 
    PRIMARY KEY (study_user_attribute_id), 
    FOREIGN KEY(study_id) REFERENCES studies (study_id), 
    UNIQUE (study_id, key)
);

CREATE TYPE trialstate AS ENUM ('RUNNING', 'COMPLETE', 'PRUNED', 'FAIL');

CREATE TABLE trials (
    trial_id SERIAL NOT NULL, 
    study_id INTEGER, 
    state trialstate NOT NULL, 
    value FLOAT, 
    datetime_start TIMESTAMP WITHOUT TIME ZONE, 
    datetime_complete TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (trial_id), 
    FOREIGN KEY(study_id) REFERENCES studies (study_id)
);

CREATE TABLE trial_params (
    param_id SERIAL NOT NULL, 
    trial_id INTEGER, 
    param_name VARCHAR(512), 
    param_value FLOAT, 
    distribution_json VARCHAR(2048), 
    PRIMARY KEY (param_id), 
    FOREIGN KEY(trial_id) REFERENCES trials (trial_id), 
    UNIQUE (trial_id, param_name)
);

CREATE TABLE trial_system_attributes (
    trial_system_attribute_id SERIAL NOT NULL, 
    trial_id INTEGER, 
    key VARCHAR(512), 
    value_json VARCHAR(2048), 
    PRIMARY KEY (trial_system_attribute_id), 
    FOREIGN KEY(trial_id) REFERENCES trials (trial_id), 
    UNIQUE (trial_id, key)
);

CREATE TABLE trial_user_attributes (
    trial_user_attribute_id SERIAL NOT NULL, 
    trial_id INTEGER, 
    key VARCHAR(512), 
    value_json VARCHAR(2048), 
    PRIMARY KEY (trial_user_attribute_id), 
    FOREIGN KEY(trial_id) REFERENCES trials (trial_id), 
    UNIQUE (trial_id, key)
);

CREATE TABLE trial_values (
    trial_value_id SERIAL NOT NULL, 
    trial_id INTEGER, 
    step INTEGER, 
    value FLOAT, 
    PRIMARY KEY (trial_value_id), 
    FOREIGN KEY(trial_id) REFERENCES trials (trial_id), 
    UNIQUE (trial_id, step)
);

INSERT INTO alembic_version (version_num) VALUES ('v0.9.0.a') RETURNING alembic_version.version_num;

-- Running upgrade v0.9.0.a -> v1.2.0.a

ALTER TABLE trials ALTER COLUMN state TYPE trialstate;

UPDATE alembic_version SET version_num='v1.2.0.a' WHERE alembic_version.version_num = 'v0.9.0.a';

-- Running upgrade v1.2.0.a -> v1.3.0.a

ALTER TABLE trials ADD COLUMN number INTEGER;

