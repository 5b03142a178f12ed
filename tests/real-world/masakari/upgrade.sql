BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 8f848eb45d03

CREATE TYPE recovery_methods AS ENUM ('auto', 'reserved_host', 'auto_priority', 'rh_priority');

CREATE TABLE failover_segments (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted INTEGER, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    service_type VARCHAR(255) NOT NULL, 
    description TEXT, 
    recovery_method recovery_methods NOT NULL, 
    enabled BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_segment0name0deleted UNIQUE (name, deleted), 
    CONSTRAINT uniq_segments0uuid UNIQUE (uuid)
);

CREATE INDEX segments_service_type_idx ON failover_segments (service_type);

CREATE TYPE notification_status AS ENUM ('new', 'running', 'error', 'failed', 'ignored', 'finished');

CREATE TABLE notifications (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted INTEGER, 
    id SERIAL NOT NULL, 
    notification_uuid VARCHAR(36) NOT NULL, 
    generated_time TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    source_host_uuid VARCHAR(36) NOT NULL, 
    type VARCHAR(36) NOT NULL, 
    payload TEXT, 
    status notification_status NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_notification0uuid UNIQUE (notification_uuid)
);

CREATE TABLE hosts (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted INTEGER, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    reserved BOOLEAN, 
    type VARCHAR(255) NOT NULL, 
    control_attributes TEXT NOT NULL, 
    failover_segment_id VARCHAR(36) NOT NULL, 
    on_maintenance BOOLEAN, 
    PRIMARY KEY (id), 
    FOREIGN KEY(failover_segment_id) REFERENCES failover_segments (uuid), 
    CONSTRAINT uniq_host0name0deleted UNIQUE (name, deleted), 
    CONSTRAINT uniq_host0uuid UNIQUE (uuid)
);

CREATE INDEX hosts_type_idx ON hosts (type);

INSERT INTO alembic_version (version_num) VALUES ('8f848eb45d03') RETURNING alembic_version.version_num;

-- Running upgrade 8f848eb45d03 -> 8bdf5929c5a6

CREATE TABLE vmoves (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted_at TIMESTAMP WITHOUT TIME ZONE, 
    deleted INTEGER, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    notification_uuid VARCHAR(36) NOT NULL, 
    instance_uuid VARCHAR(36) NOT NULL, 
    instance_name VARCHAR(255) NOT NULL, 
    source_host VARCHAR(255), 
    dest_host VARCHAR(255), 
    start_time TIMESTAMP WITHOUT TIME ZONE, 
    end_time TIMESTAMP WITHOUT TIME ZONE, 
    type VARCHAR(36), 
    status VARCHAR(255), 
    message TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_vmove0uuid UNIQUE (uuid)
);

UPDATE alembic_version SET version_num='8bdf5929c5a6' WHERE alembic_version.version_num = '8f848eb45d03';

-- Running upgrade 8bdf5929c5a6 -> 13adff5efb9a

ALTER TABLE notifications ADD COLUMN failover_segment_uuid VARCHAR(36);

ALTER TABLE notifications ADD COLUMN message TEXT;

UPDATE alembic_version SET version_num='13adff5efb9a' WHERE alembic_version.version_num = '8bdf5929c5a6';

COMMIT;

