BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> c14eea9d3cc1

CREATE TABLE cloudkitty_storage_states (
    id SERIAL NOT NULL, 
    identifier VARCHAR(40) NOT NULL, 
    state TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (identifier)
);

INSERT INTO alembic_version (version_num) VALUES ('c14eea9d3cc1') RETURNING alembic_version.version_num;

-- Running upgrade c14eea9d3cc1 -> d9d103dd4dcf

ALTER TABLE cloudkitty_storage_states ADD COLUMN scope_key VARCHAR(40);

ALTER TABLE cloudkitty_storage_states ADD COLUMN collector VARCHAR(40);

ALTER TABLE cloudkitty_storage_states ADD COLUMN fetcher VARCHAR(40);

UPDATE alembic_version SET version_num='d9d103dd4dcf' WHERE alembic_version.version_num = 'c14eea9d3cc1';

-- Running upgrade  -> 17fd1b237aa3

CREATE TABLE rated_data_frames (
    id SERIAL NOT NULL, 
    begin TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    "end" TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    unit VARCHAR(255) NOT NULL, 
    qty NUMERIC NOT NULL, 
    res_type VARCHAR(255) NOT NULL, 
    rate FLOAT NOT NULL, 
    "desc" TEXT NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('17fd1b237aa3') RETURNING alembic_version.version_num;

-- Running upgrade 17fd1b237aa3 -> 792b438b663

ALTER TABLE rated_data_frames ADD COLUMN tenant_id VARCHAR(32);

UPDATE alembic_version SET version_num='792b438b663' WHERE alembic_version.version_num = '17fd1b237aa3';

-- Running upgrade 792b438b663 -> 307430ab38bc

ALTER TABLE rated_data_frames ALTER COLUMN qty TYPE NUMERIC(10, 5);

UPDATE alembic_version SET version_num='307430ab38bc' WHERE alembic_version.version_num = '792b438b663';

-- Running upgrade 307430ab38bc -> c703a1bad612

ALTER TABLE rated_data_frames ALTER COLUMN qty TYPE NUMERIC(15, 5);

UPDATE alembic_version SET version_num='c703a1bad612' WHERE alembic_version.version_num = '307430ab38bc';

-- Running upgrade c703a1bad612 -> d875621d0384

CREATE INDEX idx_rated_data_frames_date ON rated_data_frames (begin, "end");

CREATE INDEX idx_tenantid_begin_end ON rated_data_frames (tenant_id, begin, "end");

UPDATE alembic_version SET version_num='d875621d0384' WHERE alembic_version.version_num = 'c703a1bad612';

-- Running upgrade  -> 4f9efa4601c0

CREATE TABLE pyscripts_scripts (
    id SERIAL NOT NULL, 
    script_id VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    data BYTEA NOT NULL, 
    checksum VARCHAR(40) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name), 
    UNIQUE (script_id)
);

INSERT INTO alembic_version (version_num) VALUES ('4f9efa4601c0') RETURNING alembic_version.version_num;

-- Running upgrade 4f9efa4601c0 -> 75c205f6f1a2

ALTER TABLE pyscripts_scripts ALTER COLUMN checksum TYPE VARCHAR(128);

UPDATE alembic_version SET version_num='75c205f6f1a2' WHERE alembic_version.version_num = '4f9efa4601c0';

-- Running upgrade  -> 3dd7e13527f3

CREATE TABLE hashmap_services (
    id SERIAL NOT NULL, 
    service_id VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name), 
    UNIQUE (service_id)
);

CREATE TABLE hashmap_fields (
    id SERIAL NOT NULL, 
    field_id VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    service_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(service_id) REFERENCES hashmap_services (id) ON DELETE CASCADE, 
    UNIQUE (field_id), 
    CONSTRAINT uniq_field UNIQUE (field_id, name), 
    CONSTRAINT uniq_map_service_field UNIQUE (service_id, name)
);

CREATE TABLE hashmap_groups (
    id SERIAL NOT NULL, 
    group_id VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (group_id), 
    UNIQUE (name)
);

CREATE TYPE enum_map_type AS ENUM ('flat', 'rate');

CREATE TABLE hashmap_maps (
    id SERIAL NOT NULL, 
    mapping_id VARCHAR(36) NOT NULL, 
    value VARCHAR(255), 
    cost NUMERIC(20, 8) NOT NULL, 
    map_type enum_map_type NOT NULL, 
    service_id INTEGER, 
    field_id INTEGER, 
    group_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(field_id) REFERENCES hashmap_fields (id) ON DELETE CASCADE, 
    FOREIGN KEY(group_id) REFERENCES hashmap_groups (id) ON DELETE SET NULL, 
    FOREIGN KEY(service_id) REFERENCES hashmap_services (id) ON DELETE CASCADE, 
    UNIQUE (mapping_id), 
    CONSTRAINT uniq_field_mapping UNIQUE (value, field_id), 
    CONSTRAINT uniq_service_mapping UNIQUE (value, service_id)
);

INSERT INTO alembic_version (version_num) VALUES ('3dd7e13527f3') RETURNING alembic_version.version_num;

-- Running upgrade  -> 464e951dc3b8

CREATE TABLE states (
    name VARCHAR(255) NOT NULL, 
    state BIGINT NOT NULL, 
    s_metadata TEXT, 
    PRIMARY KEY (name)
);

CREATE TABLE modules_state (
    name VARCHAR(255) NOT NULL, 
    state BOOLEAN NOT NULL, 
    PRIMARY KEY (name)
);

INSERT INTO alembic_version (version_num) VALUES ('464e951dc3b8') RETURNING alembic_version.version_num;

-- Running upgrade 464e951dc3b8 -> 2ac2217dcbd9

CREATE TABLE service_to_collector_mappings (
    service VARCHAR(255) NOT NULL, 
    collector VARCHAR(255) NOT NULL, 
    PRIMARY KEY (service)
);

UPDATE alembic_version SET version_num='2ac2217dcbd9' WHERE alembic_version.version_num = '464e951dc3b8';

-- Running upgrade 2ac2217dcbd9 -> 385e33fef139

ALTER TABLE modules_state ADD COLUMN priority INTEGER;

UPDATE alembic_version SET version_num='385e33fef139' WHERE alembic_version.version_num = '2ac2217dcbd9';

-- Running upgrade  -> 03da4bb002b9

CREATE TABLE hybrid_storage_states (
    id SERIAL NOT NULL, 
    tenant_id VARCHAR(32) NOT NULL, 
    state TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('03da4bb002b9') RETURNING alembic_version.version_num;

COMMIT;

