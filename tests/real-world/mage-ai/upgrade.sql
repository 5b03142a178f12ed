BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c07a23ff782b

CREATE TYPE scheduletype AS ENUM ('TIME');

CREATE TYPE schedulestatus AS ENUM ('ACTIVE', 'INACTIVE');

CREATE TABLE pipeline_schedule (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    name VARCHAR(255), 
    pipeline_uuid VARCHAR(255), 
    schedule_type scheduletype, 
    start_time TIMESTAMP WITH TIME ZONE, 
    schedule_interval VARCHAR(50), 
    status schedulestatus, 
    PRIMARY KEY (id)
);

CREATE TYPE pipelinerunstatus AS ENUM ('INITIAL', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');

CREATE TABLE pipeline_run (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    pipeline_schedule_id INTEGER, 
    pipeline_uuid VARCHAR(255), 
    execution_date TIMESTAMP WITH TIME ZONE, 
    status pipelinerunstatus, 
    PRIMARY KEY (id), 
    FOREIGN KEY(pipeline_schedule_id) REFERENCES pipeline_schedule (id)
);

CREATE TYPE blockrunstatus AS ENUM ('INITIAL', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');

CREATE TABLE block_run (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    pipeline_run_id INTEGER, 
    block_uuid VARCHAR(255), 
    status blockrunstatus, 
    PRIMARY KEY (id), 
    FOREIGN KEY(pipeline_run_id) REFERENCES pipeline_run (id)
);

INSERT INTO alembic_version (version_num) VALUES ('c07a23ff782b') RETURNING alembic_version.version_num;

-- Running upgrade c07a23ff782b -> 52ab80005742

ALTER TABLE pipeline_schedule ADD COLUMN variables JSON;

UPDATE alembic_version SET version_num='52ab80005742' WHERE alembic_version.version_num = 'c07a23ff782b';

-- Running upgrade 52ab80005742 -> 053ee2c10d85

ALTER TABLE block_run ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE pipeline_run ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;

UPDATE alembic_version SET version_num='053ee2c10d85' WHERE alembic_version.version_num = '52ab80005742';

-- Running upgrade 053ee2c10d85 -> 3fafd217efa7

CREATE TYPE eventtype AS ENUM ('AWS_EVENT');

CREATE TABLE event_matcher (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    event_type eventtype, 
    name VARCHAR(255), 
    pattern JSON, 
    PRIMARY KEY (id)
);

CREATE TABLE pipeline_schedule_event_matcher_association (
    pipeline_schedule_id INTEGER, 
    event_matcher_id INTEGER, 
    FOREIGN KEY(event_matcher_id) REFERENCES event_matcher (id), 
    FOREIGN KEY(pipeline_schedule_id) REFERENCES pipeline_schedule (id)
);

UPDATE alembic_version SET version_num='3fafd217efa7' WHERE alembic_version.version_num = '053ee2c10d85';

-- Running upgrade 3fafd217efa7 -> 067326f43bc3

ALTER TABLE pipeline_run ADD COLUMN variables JSON;

UPDATE alembic_version SET version_num='067326f43bc3' WHERE alembic_version.version_num = '3fafd217efa7';

-- Running upgrade 067326f43bc3 -> b01be687e537

ALTER TABLE block_run ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;

UPDATE alembic_version SET version_num='b01be687e537' WHERE alembic_version.version_num = '067326f43bc3';

-- Running upgrade b01be687e537 -> 84de4cdd6126

ALTER TABLE pipeline_schedule ADD COLUMN sla INTEGER;

UPDATE alembic_version SET version_num='84de4cdd6126' WHERE alembic_version.version_num = 'b01be687e537';

-- Running upgrade 84de4cdd6126 -> 5cd59ec4cf1d

ALTER TABLE pipeline_run ADD COLUMN passed_sla BOOLEAN;

UPDATE alembic_version SET version_num='5cd59ec4cf1d' WHERE alembic_version.version_num = '84de4cdd6126';

-- Running upgrade 5cd59ec4cf1d -> 2266370f589b

CREATE INDEX ix_pipeline_run_execution_date ON pipeline_run (execution_date);

CREATE INDEX ix_pipeline_run_pipeline_uuid ON pipeline_run (pipeline_uuid);

CREATE INDEX ix_pipeline_run_status ON pipeline_run (status);

UPDATE alembic_version SET version_num='2266370f589b' WHERE alembic_version.version_num = '5cd59ec4cf1d';

-- Running upgrade 2266370f589b -> 8971d4cd5b39

ALTER TABLE pipeline_run ADD COLUMN event_variables JSON;

ALTER TABLE pipeline_run ADD COLUMN metrics JSON;

UPDATE alembic_version SET version_num='8971d4cd5b39' WHERE alembic_version.version_num = '2266370f589b';

-- Running upgrade 8971d4cd5b39 -> ec5df57a1c60

ALTER TABLE block_run ADD COLUMN metrics JSON;

UPDATE alembic_version SET version_num='ec5df57a1c60' WHERE alembic_version.version_num = '8971d4cd5b39';

-- Running upgrade ec5df57a1c60 -> 7ac6fed06918

ALTER TABLE pipeline_schedule ADD COLUMN token VARCHAR(255);

CREATE INDEX ix_pipeline_schedule_token ON pipeline_schedule (token);

UPDATE alembic_version SET version_num='7ac6fed06918' WHERE alembic_version.version_num = 'ec5df57a1c60';

-- Running upgrade 7ac6fed06918 -> 6aecc9bc451c

COMMIT;

ALTER TYPE scheduletype ADD VALUE 'API';

ALTER TYPE scheduletype ADD VALUE 'EVENT';

BEGIN;

UPDATE alembic_version SET version_num='6aecc9bc451c' WHERE alembic_version.version_num = '7ac6fed06918';

-- Running upgrade 6aecc9bc451c -> 26305e46df52

CREATE TYPE intervaltype AS ENUM ('SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'CUSTOM');

CREATE TYPE status AS ENUM ('INITIAL', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');

CREATE TABLE backfill (
    id SERIAL NOT NULL, 
    block_uuid VARCHAR(255), 
    completed_at TIMESTAMP WITH TIME ZONE, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    end_datetime TIMESTAMP WITH TIME ZONE, 
    failed_at TIMESTAMP WITH TIME ZONE, 
    interval_type intervaltype, 
    interval_units INTEGER, 
    metrics JSON, 
    name VARCHAR(255), 
    pipeline_schedule_id INTEGER, 
    pipeline_uuid VARCHAR(255), 
    start_datetime TIMESTAMP WITH TIME ZONE, 
    started_at TIMESTAMP WITH TIME ZONE, 
    status status, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    variables JSON, 
    PRIMARY KEY (id), 
    FOREIGN KEY(pipeline_schedule_id) REFERENCES pipeline_schedule (id)
);

ALTER TABLE pipeline_run ADD COLUMN backfill_id INTEGER;

ALTER TABLE pipeline_run ADD CONSTRAINT pipeline_run_backfill_id FOREIGN KEY(backfill_id) REFERENCES backfill (id);

UPDATE alembic_version SET version_num='26305e46df52' WHERE alembic_version.version_num = '6aecc9bc451c';

-- Running upgrade 26305e46df52 -> 1d8e65aeefdd

ALTER TABLE pipeline_schedule ADD COLUMN settings JSON;

UPDATE alembic_version SET version_num='1d8e65aeefdd' WHERE alembic_version.version_num = '26305e46df52';

-- Running upgrade 1d8e65aeefdd -> 97ff9f55a3c0

CREATE TABLE "user" (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    avatar VARCHAR(255), 
    email VARCHAR(255), 
    first_name VARCHAR(255), 
    last_name VARCHAR(255), 
    owner BOOLEAN, 
    password_hash VARCHAR(255), 
    password_salt VARCHAR(255), 
    roles INTEGER, 
    username VARCHAR(255), 
    PRIMARY KEY (id)
);

CREATE TYPE authorizationgranttype AS ENUM ('AUTHORIZATION_CODE', 'CLIENT_CREDENTIALS');

CREATE TYPE clienttype AS ENUM ('PRIVATE', 'PUBLIC');

CREATE TABLE oauth2_application (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    authorization_grant_type authorizationgranttype, 
    client_id VARCHAR(255), 
    client_type clienttype, 
    name VARCHAR(255), 
    redirect_uris VARCHAR(255), 
    user_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE TABLE oauth2_access_token (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    expires TIMESTAMP WITH TIME ZONE, 
    oauth2_application_id INTEGER, 
    token VARCHAR(255), 
    user_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(oauth2_application_id) REFERENCES oauth2_application (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

UPDATE alembic_version SET version_num='97ff9f55a3c0' WHERE alembic_version.version_num = '1d8e65aeefdd';

-- Running upgrade 97ff9f55a3c0 -> 643b6e65e814

CREATE UNIQUE INDEX ix_oauth2_access_token_token ON oauth2_access_token (token);

CREATE UNIQUE INDEX ix_oauth2_application_client_id ON oauth2_application (client_id);

CREATE UNIQUE INDEX ix_user_email ON "user" (email);

CREATE UNIQUE INDEX ix_user_username ON "user" (username);

UPDATE alembic_version SET version_num='643b6e65e814' WHERE alembic_version.version_num = '97ff9f55a3c0';

-- Running upgrade 643b6e65e814 -> 1f9353eddbc6

CREATE TABLE secret (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT (CURRENT_TIMESTAMP), 
    name VARCHAR(255), 
    value TEXT, 
    repo_name VARCHAR(255), 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

UPDATE alembic_version SET version_num='1f9353eddbc6' WHERE alembic_version.version_num = '643b6e65e814';

-- Running upgrade 1f9353eddbc6 -> 847ea6602d6f

COMMIT;

ALTER TYPE blockrunstatus ADD VALUE 'UPSTREAM_FAILED';

BEGIN;

UPDATE alembic_version SET version_num='847ea6602d6f' WHERE alembic_version.version_num = '1f9353eddbc6';

-- Running upgrade 847ea6602d6f -> 1a737bdee53b

ALTER TABLE "user" ADD COLUMN preferences JSON;

UPDATE alembic_version SET version_num='1a737bdee53b' WHERE alembic_version.version_num = '847ea6602d6f';

-- Running upgrade 1a737bdee53b -> 21e31d66ccea

CREATE INDEX ix_pipeline_schedule_pipeline_uuid ON pipeline_schedule (pipeline_uuid);

UPDATE alembic_version SET version_num='21e31d66ccea' WHERE alembic_version.version_num = '1a737bdee53b';

COMMIT;

