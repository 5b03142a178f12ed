BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> f50980397351

CREATE TABLE accelerators (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    description TEXT, 
    project_id VARCHAR(36), 
    user_id VARCHAR(36), 
    device_type TEXT NOT NULL, 
    acc_type TEXT, 
    acc_capability TEXT, 
    vendor_id TEXT NOT NULL, 
    product_id TEXT NOT NULL, 
    remotable INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_accelerators0uuid UNIQUE (uuid)
);

CREATE TABLE deployables (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    parent_uuid VARCHAR(36), 
    root_uuid VARCHAR(36), 
    address TEXT NOT NULL, 
    host TEXT NOT NULL, 
    board TEXT NOT NULL, 
    vendor TEXT NOT NULL, 
    version TEXT NOT NULL, 
    type TEXT NOT NULL, 
    interface_type TEXT NOT NULL, 
    assignable BOOLEAN NOT NULL, 
    instance_uuid VARCHAR(36), 
    availability TEXT NOT NULL, 
    accelerator_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_deployables0uuid UNIQUE (uuid), 
    FOREIGN KEY(parent_uuid) REFERENCES deployables (uuid), 
    FOREIGN KEY(root_uuid) REFERENCES deployables (uuid), 
    FOREIGN KEY(accelerator_id) REFERENCES accelerators (id) ON DELETE CASCADE
);

CREATE INDEX deployables_parent_uuid_idx ON deployables (parent_uuid);

CREATE INDEX deployables_root_uuid_idx ON deployables (root_uuid);

CREATE TABLE attributes (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    deployable_id INTEGER NOT NULL, 
    key TEXT NOT NULL, 
    value TEXT NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_attributes0uuid UNIQUE (uuid), 
    FOREIGN KEY(deployable_id) REFERENCES deployables (id) ON DELETE CASCADE
);

CREATE INDEX attributes_deployable_id_idx ON attributes (deployable_id);

INSERT INTO alembic_version (version_num) VALUES ('f50980397351') RETURNING alembic_version.version_num;

-- Running upgrade f50980397351 -> d6f033d8fa5b

CREATE TABLE quota_usages (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    project_id VARCHAR(255), 
    user_id VARCHAR(255), 
    resource VARCHAR(255) NOT NULL, 
    in_use INTEGER NOT NULL, 
    reserved INTEGER NOT NULL, 
    until_refresh INTEGER, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_quota_usages_project_id ON quota_usages (project_id);

CREATE INDEX ix_quota_usages_user_id ON quota_usages (user_id);

CREATE TABLE reservations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    usage_id INTEGER NOT NULL, 
    project_id VARCHAR(255), 
    user_id VARCHAR(255), 
    resource VARCHAR(255), 
    delta INTEGER NOT NULL, 
    expire TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    FOREIGN KEY(usage_id) REFERENCES quota_usages (id)
);

CREATE INDEX ix_reservations_project_id ON reservations (project_id);

CREATE INDEX ix_reservations_user_id ON reservations (user_id);

CREATE INDEX reservations_uuid_idx ON reservations (uuid);

UPDATE alembic_version SET version_num='d6f033d8fa5b' WHERE alembic_version.version_num = 'f50980397351';

-- Running upgrade d6f033d8fa5b -> ede4e3f1a232

DROP TABLE attributes;

DROP TABLE deployables;

DROP TABLE accelerators;

CREATE TYPE device_type AS ENUM ('GPU', 'FPGA');

CREATE TABLE devices (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    type device_type NOT NULL, 
    vendor VARCHAR(255) NOT NULL, 
    model VARCHAR(255) NOT NULL, 
    std_board_info TEXT, 
    vendor_board_info TEXT, 
    hostname VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (uuid)
);

CREATE TABLE deployables (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    parent_id INTEGER, 
    root_id INTEGER, 
    name VARCHAR(255) NOT NULL, 
    num_accelerators INTEGER NOT NULL, 
    device_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (uuid), 
    FOREIGN KEY(parent_id) REFERENCES deployables (id) ON DELETE CASCADE, 
    FOREIGN KEY(root_id) REFERENCES deployables (id) ON DELETE CASCADE, 
    FOREIGN KEY(device_id) REFERENCES devices (id) ON DELETE RESTRICT
);

CREATE INDEX deployables_parent_id_idx ON deployables (parent_id);

CREATE INDEX deployables_root_id_idx ON deployables (root_id);

CREATE INDEX deployables_device_id_idx ON deployables (device_id);

CREATE TABLE attributes (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    deployable_id INTEGER NOT NULL, 
    key TEXT NOT NULL, 
    value TEXT NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (uuid), 
    FOREIGN KEY(deployable_id) REFERENCES deployables (id) ON DELETE RESTRICT
);

CREATE INDEX ix_attributes_deployable_id ON attributes (deployable_id);

CREATE TYPE cpid_type AS ENUM ('PCI');

CREATE TABLE controlpath_ids (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    device_id INTEGER NOT NULL, 
    cpid_type cpid_type NOT NULL, 
    cpid_info VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (uuid), 
    FOREIGN KEY(device_id) REFERENCES devices (id) ON DELETE RESTRICT
);

CREATE INDEX ix_controlpath_ids_device_id ON controlpath_ids (device_id);

CREATE TYPE attach_type AS ENUM ('PCI', 'MDEV');

CREATE TABLE attach_handles (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    deployable_id INTEGER NOT NULL, 
    cpid_id INTEGER NOT NULL, 
    in_use BOOLEAN, 
    attach_type attach_type NOT NULL, 
    attach_info VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (uuid), 
    FOREIGN KEY(deployable_id) REFERENCES deployables (id) ON DELETE RESTRICT, 
    FOREIGN KEY(cpid_id) REFERENCES controlpath_ids (id) ON DELETE RESTRICT
);

CREATE INDEX attach_handles_deployable_id_idx ON attach_handles (deployable_id);

CREATE INDEX attach_handles_cpid_id_idx ON attach_handles (cpid_id);

CREATE TABLE device_profiles (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    profile_json TEXT NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_device_profiles0uuid0name UNIQUE (uuid, name)
);

CREATE TYPE state AS ENUM ('Initial', 'Bound', 'BindFailed');

CREATE TYPE substate AS ENUM ('Initial');

CREATE TABLE extended_accelerator_requests (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    project_id VARCHAR(255), 
    state state NOT NULL, 
    device_profile_id INTEGER NOT NULL, 
    hostname VARCHAR(255), 
    device_rp_uuid VARCHAR(36), 
    device_instance_uuid VARCHAR(36), 
    attach_handle_id INTEGER, 
    substate substate NOT NULL, 
    deployable_id INTEGER, 
    PRIMARY KEY (id), 
    UNIQUE (uuid), 
    FOREIGN KEY(device_profile_id) REFERENCES device_profiles (id) ON DELETE RESTRICT, 
    FOREIGN KEY(attach_handle_id) REFERENCES attach_handles (id) ON DELETE RESTRICT, 
    FOREIGN KEY(deployable_id) REFERENCES deployables (id) ON DELETE RESTRICT
);

CREATE INDEX "extArqs_project_id_idx" ON extended_accelerator_requests (project_id);

CREATE INDEX "extArqs_device_profile_id_idx" ON extended_accelerator_requests (device_profile_id);

CREATE INDEX "extArqs_device_rp_uuid_idx" ON extended_accelerator_requests (device_rp_uuid);

CREATE INDEX "extArqs_device_instance_uuid_idx" ON extended_accelerator_requests (device_instance_uuid);

CREATE INDEX "extArqs_attach_handle_id_idx" ON extended_accelerator_requests (attach_handle_id);

CREATE INDEX "extArqs_deployable_id_idx" ON extended_accelerator_requests (deployable_id);

UPDATE alembic_version SET version_num='ede4e3f1a232' WHERE alembic_version.version_num = 'd6f033d8fa5b';

-- Running upgrade ede4e3f1a232 -> 589ff20545b7

ALTER TABLE devices ALTER COLUMN type SET NOT NULL;

UPDATE alembic_version SET version_num='589ff20545b7' WHERE alembic_version.version_num = 'ede4e3f1a232';

-- Running upgrade 589ff20545b7 -> c1b5abada09c

ALTER TABLE deployables ADD COLUMN rp_uuid VARCHAR(36);

ALTER TABLE deployables ADD COLUMN driver_name VARCHAR(100);

ALTER TABLE deployables ADD COLUMN bitstream_id VARCHAR(36);

ALTER TABLE extended_accelerator_requests ADD COLUMN device_profile_group_id INTEGER NOT NULL;

ALTER TABLE extended_accelerator_requests ADD COLUMN instance_uuid VARCHAR(36);

CREATE INDEX "extArqs_instance_uuid_idx" ON extended_accelerator_requests (instance_uuid);

DROP INDEX "extArqs_device_instance_uuid_idx";

ALTER TABLE extended_accelerator_requests DROP COLUMN device_instance_uuid;

ALTER TABLE extended_accelerator_requests ALTER COLUMN state SET NOT NULL;

ALTER TABLE attach_handles ALTER COLUMN attach_type SET NOT NULL;

ALTER TABLE device_profiles ADD CONSTRAINT uniq_device_profiles0uuid UNIQUE (uuid);

ALTER TABLE device_profiles ADD CONSTRAINT uniq_device_profiles0name UNIQUE (name);

ALTER TABLE device_profiles DROP CONSTRAINT uniq_device_profiles0uuid0name;

UPDATE alembic_version SET version_num='c1b5abada09c' WHERE alembic_version.version_num = '589ff20545b7';

-- Running upgrade c1b5abada09c -> 57539722e5cf

UPDATE alembic_version SET version_num='57539722e5cf' WHERE alembic_version.version_num = 'c1b5abada09c';

-- Running upgrade 57539722e5cf -> 22fb1af2d51e

UPDATE alembic_version SET version_num='22fb1af2d51e' WHERE alembic_version.version_num = '57539722e5cf';

-- Running upgrade 22fb1af2d51e -> 7b696fd94949

UPDATE alembic_version SET version_num='7b696fd94949' WHERE alembic_version.version_num = '22fb1af2d51e';

-- Running upgrade 7b696fd94949 -> 62bcf2610c5d

UPDATE alembic_version SET version_num='62bcf2610c5d' WHERE alembic_version.version_num = '7b696fd94949';

-- Running upgrade 62bcf2610c5d -> 7a4fd0fc3f8c

UPDATE alembic_version SET version_num='7a4fd0fc3f8c' WHERE alembic_version.version_num = '62bcf2610c5d';

-- Running upgrade 7a4fd0fc3f8c -> 60d8ac91fd20

ALTER TABLE device_profiles ADD COLUMN description TEXT;

UPDATE alembic_version SET version_num='60d8ac91fd20' WHERE alembic_version.version_num = '7a4fd0fc3f8c';

-- Running upgrade 60d8ac91fd20 -> 7e6f1f107f2b

ALTER TABLE devices ALTER COLUMN type SET NOT NULL;

UPDATE alembic_version SET version_num='7e6f1f107f2b' WHERE alembic_version.version_num = '60d8ac91fd20';

-- Running upgrade 7e6f1f107f2b -> 899cead40bc9

ALTER TABLE devices ALTER COLUMN type SET NOT NULL;

UPDATE alembic_version SET version_num='899cead40bc9' WHERE alembic_version.version_num = '7e6f1f107f2b';

-- Running upgrade 899cead40bc9 -> 4cc1d79978fc

ALTER TABLE devices ALTER COLUMN type SET NOT NULL;

UPDATE alembic_version SET version_num='4cc1d79978fc' WHERE alembic_version.version_num = '899cead40bc9';

-- Running upgrade 4cc1d79978fc -> 6c77bd6afea5

