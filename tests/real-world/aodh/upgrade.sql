BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 12fe8fac9fe4

CREATE TABLE alarm_history (
    event_id VARCHAR(128) NOT NULL, 
    alarm_id VARCHAR(128), 
    on_behalf_of VARCHAR(128), 
    project_id VARCHAR(128), 
    user_id VARCHAR(128), 
    type VARCHAR(20), 
    detail TEXT, 
    timestamp TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (event_id)
);

CREATE INDEX ix_alarm_history_alarm_id ON alarm_history (alarm_id);

CREATE TABLE alarm (
    alarm_id VARCHAR(128) NOT NULL, 
    enabled BOOLEAN, 
    name TEXT, 
    type VARCHAR(50), 
    severity VARCHAR(50), 
    description TEXT, 
    timestamp TIMESTAMP WITHOUT TIME ZONE, 
    user_id VARCHAR(128), 
    project_id VARCHAR(128), 
    state VARCHAR(255), 
    state_timestamp TIMESTAMP WITHOUT TIME ZONE, 
    ok_actions TEXT, 
    alarm_actions TEXT, 
    insufficient_data_actions TEXT, 
    repeat_actions BOOLEAN, 
    rule TEXT, 
    time_constraints TEXT, 
    PRIMARY KEY (alarm_id)
);

CREATE INDEX ix_alarm_project_id ON alarm (project_id);

CREATE INDEX ix_alarm_user_id ON alarm (user_id);

INSERT INTO alembic_version (version_num) VALUES ('12fe8fac9fe4') RETURNING alembic_version.version_num;

-- Running upgrade 12fe8fac9fe4 -> bb07adac380

ALTER TABLE alarm_history ADD COLUMN severity VARCHAR(50);

UPDATE alembic_version SET version_num='bb07adac380' WHERE alembic_version.version_num = '12fe8fac9fe4';

-- Running upgrade bb07adac380 -> f8c31b1ffe11

CREATE INDEX ix_alarm_enabled ON alarm (enabled);

CREATE INDEX ix_alarm_type ON alarm (type);

UPDATE alembic_version SET version_num='f8c31b1ffe11' WHERE alembic_version.version_num = 'bb07adac380';

-- Running upgrade f8c31b1ffe11 -> 367aadf5485f

UPDATE alembic_version SET version_num='367aadf5485f' WHERE alembic_version.version_num = 'f8c31b1ffe11';

-- Running upgrade 367aadf5485f -> 6ae0d05d9451

ALTER TABLE alarm ADD COLUMN state_reason TEXT;

UPDATE alembic_version SET version_num='6ae0d05d9451' WHERE alembic_version.version_num = '367aadf5485f';

-- Running upgrade 6ae0d05d9451 -> 006

ALTER TABLE alarm ADD COLUMN evaluate_timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT '2026-12-07 18:52:41.291675';

UPDATE alembic_version SET version_num='006' WHERE alembic_version.version_num = '6ae0d05d9451';

-- Running upgrade 006 -> 007

CREATE TABLE quota (
    id VARCHAR(36) NOT NULL, 
    resource VARCHAR(50) NOT NULL, 
    project_id VARCHAR(128) NOT NULL, 
    "limit" INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (project_id, resource)
);

CREATE INDEX ix_quota_project_id_resource ON quota (project_id, resource);

UPDATE alembic_version SET version_num='007' WHERE alembic_version.version_num = '006';

-- Running upgrade 007 -> 008

CREATE TABLE alarm_counter (
    id VARCHAR(36) NOT NULL, 
    alarm_id VARCHAR(128) NOT NULL, 
    project_id VARCHAR(128) NOT NULL, 
    state VARCHAR(128) NOT NULL, 
    value INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT alarm_fkey_ref FOREIGN KEY(alarm_id) REFERENCES alarm (alarm_id), 
    UNIQUE (alarm_id, project_id, state)
);

CREATE INDEX ix_alarm_counter_alarm_id ON alarm_counter (alarm_id);

CREATE INDEX ix_alarm_counter_project_id ON alarm_counter (project_id);

CREATE INDEX ix_alarm_counter_state ON alarm_counter (state);

UPDATE alembic_version SET version_num='008' WHERE alembic_version.version_num = '007';

-- Running upgrade 008 -> 009

ALTER TABLE alarm_history ALTER COLUMN alarm_id SET NOT NULL;

ALTER TABLE alarm_history ADD FOREIGN KEY(alarm_id) REFERENCES alarm (alarm_id);

UPDATE alembic_version SET version_num='009' WHERE alembic_version.version_num = '008';

-- Running upgrade 009 -> 010

