BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 2581ebaf0cb2

CREATE TABLE bay (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    baymodel_id VARCHAR(255), 
    node_count INTEGER, 
    master_address VARCHAR(255), 
    minions_address TEXT, 
    stack_id VARCHAR(255), 
    PRIMARY KEY (id)
);

CREATE TABLE baymodel (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    flavor_id VARCHAR(255), 
    keypair_id VARCHAR(255), 
    image_id VARCHAR(255), 
    external_network_id VARCHAR(255), 
    dns_nameserver VARCHAR(255), 
    apiserver_port INTEGER, 
    PRIMARY KEY (id)
);

CREATE TABLE container (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    image_id VARCHAR(255), 
    PRIMARY KEY (id)
);

CREATE TABLE node (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    type VARCHAR(20), 
    image_id VARCHAR(255), 
    ironic_node_id VARCHAR(36), 
    PRIMARY KEY (id)
);

CREATE TABLE pod (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    "desc" VARCHAR(255), 
    bay_uuid VARCHAR(36), 
    images TEXT NOT NULL, 
    labels TEXT, 
    status VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE service (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    bay_uuid VARCHAR(36), 
    labels TEXT, 
    selector TEXT, 
    ip VARCHAR(36), 
    port INTEGER, 
    PRIMARY KEY (id)
);

CREATE TABLE replicationcontroller (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    bay_uuid VARCHAR(36), 
    images TEXT NOT NULL, 
    labels TEXT, 
    replicas INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('2581ebaf0cb2') RETURNING alembic_version.version_num;

-- Running upgrade 2581ebaf0cb2 -> 3bea56f25597

ALTER TABLE bay ADD COLUMN project_id VARCHAR(255);

ALTER TABLE bay ADD COLUMN user_id VARCHAR(255);

ALTER TABLE baymodel ADD COLUMN project_id VARCHAR(255);

ALTER TABLE baymodel ADD COLUMN user_id VARCHAR(255);

ALTER TABLE container ADD COLUMN project_id VARCHAR(255);

ALTER TABLE container ADD COLUMN user_id VARCHAR(255);

ALTER TABLE node ADD COLUMN project_id VARCHAR(255);

ALTER TABLE node ADD COLUMN user_id VARCHAR(255);

ALTER TABLE pod ADD COLUMN project_id VARCHAR(255);

ALTER TABLE pod ADD COLUMN user_id VARCHAR(255);

ALTER TABLE service ADD COLUMN project_id VARCHAR(255);

ALTER TABLE service ADD COLUMN user_id VARCHAR(255);

ALTER TABLE replicationcontroller ADD COLUMN project_id VARCHAR(255);

ALTER TABLE replicationcontroller ADD COLUMN user_id VARCHAR(255);

UPDATE alembic_version SET version_num='3bea56f25597' WHERE alembic_version.version_num = '2581ebaf0cb2';

-- Running upgrade 3bea56f25597 -> 5793cd26898d

ALTER TABLE bay ADD COLUMN status VARCHAR(20);

UPDATE alembic_version SET version_num='5793cd26898d' WHERE alembic_version.version_num = '3bea56f25597';

-- Running upgrade 5793cd26898d -> 3a938526b35d

ALTER TABLE baymodel ADD COLUMN docker_volume_size INTEGER;

UPDATE alembic_version SET version_num='3a938526b35d' WHERE alembic_version.version_num = '5793cd26898d';

-- Running upgrade 3a938526b35d -> 35cff7c86221

ALTER TABLE baymodel ADD COLUMN fixed_network VARCHAR(255);

UPDATE alembic_version SET version_num='35cff7c86221' WHERE alembic_version.version_num = '3a938526b35d';

-- Running upgrade 35cff7c86221 -> 1afee1db6cd0

ALTER TABLE baymodel ADD COLUMN master_flavor_id VARCHAR(255);

UPDATE alembic_version SET version_num='1afee1db6cd0' WHERE alembic_version.version_num = '35cff7c86221';

-- Running upgrade 1afee1db6cd0 -> 2d1354bbf76e

ALTER TABLE baymodel ADD COLUMN ssh_authorized_key TEXT;

UPDATE alembic_version SET version_num='2d1354bbf76e' WHERE alembic_version.version_num = '1afee1db6cd0';

-- Running upgrade 2d1354bbf76e -> 29affeaa2bc2

ALTER TABLE bay RENAME master_address TO api_address;

UPDATE alembic_version SET version_num='29affeaa2bc2' WHERE alembic_version.version_num = '2d1354bbf76e';

COMMIT;

