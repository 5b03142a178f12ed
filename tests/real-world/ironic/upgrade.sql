BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 2581ebaf0cb2

CREATE TABLE conductors (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    hostname VARCHAR(255) NOT NULL, 
    drivers TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_conductors0hostname UNIQUE (hostname)
);

CREATE TABLE chassis (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    extra TEXT, 
    description VARCHAR(255), 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_chassis0uuid UNIQUE (uuid)
);

CREATE TABLE nodes (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    instance_uuid VARCHAR(36), 
    chassis_id INTEGER, 
    power_state VARCHAR(15), 
    target_power_state VARCHAR(15), 
    provision_state VARCHAR(15), 
    target_provision_state VARCHAR(15), 
    last_error TEXT, 
    properties TEXT, 
    driver VARCHAR(15), 
    driver_info TEXT, 
    reservation VARCHAR(255), 
    maintenance BOOLEAN, 
    extra TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(chassis_id) REFERENCES chassis (id), 
    CONSTRAINT uniq_nodes0uuid UNIQUE (uuid)
);

CREATE INDEX node_instance_uuid ON nodes (instance_uuid);

CREATE TABLE ports (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    address VARCHAR(18), 
    node_id INTEGER, 
    extra TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(node_id) REFERENCES nodes (id), 
    CONSTRAINT uniq_ports0address UNIQUE (address), 
    CONSTRAINT uniq_ports0uuid UNIQUE (uuid)
);

INSERT INTO alembic_version (version_num) VALUES ('2581ebaf0cb2') RETURNING alembic_version.version_num;

-- Running upgrade 2581ebaf0cb2 -> 21b331f883ef

ALTER TABLE nodes ADD COLUMN provision_updated_at TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='21b331f883ef' WHERE alembic_version.version_num = '2581ebaf0cb2';

-- Running upgrade 21b331f883ef -> 3cb628139ea4

ALTER TABLE nodes ADD COLUMN console_enabled BOOLEAN;

UPDATE alembic_version SET version_num='3cb628139ea4' WHERE alembic_version.version_num = '21b331f883ef';

-- Running upgrade 3cb628139ea4 -> 31baaf680d2b

ALTER TABLE nodes ADD COLUMN instance_info TEXT;

UPDATE alembic_version SET version_num='31baaf680d2b' WHERE alembic_version.version_num = '3cb628139ea4';

-- Running upgrade 31baaf680d2b -> 3bea56f25597

ALTER TABLE nodes ADD CONSTRAINT uniq_nodes0instance_uuid UNIQUE (instance_uuid);

DROP INDEX node_instance_uuid;

UPDATE alembic_version SET version_num='3bea56f25597' WHERE alembic_version.version_num = '31baaf680d2b';

-- Running upgrade 3bea56f25597 -> 487deb87cc9d

ALTER TABLE conductors ADD COLUMN online BOOLEAN;

ALTER TABLE nodes ADD COLUMN conductor_affinity INTEGER;

ALTER TABLE nodes ADD CONSTRAINT nodes_conductor_affinity_fk FOREIGN KEY(conductor_affinity) REFERENCES conductors (id);

UPDATE alembic_version SET version_num='487deb87cc9d' WHERE alembic_version.version_num = '3bea56f25597';

-- Running upgrade 487deb87cc9d -> 242cc6a923b3

ALTER TABLE nodes ADD COLUMN maintenance_reason TEXT;

UPDATE alembic_version SET version_num='242cc6a923b3' WHERE alembic_version.version_num = '487deb87cc9d';

-- Running upgrade 242cc6a923b3 -> 5674c57409b9

UPDATE nodes SET provision_state='available' WHERE nodes.provision_state IS NULL;

UPDATE alembic_version SET version_num='5674c57409b9' WHERE alembic_version.version_num = '242cc6a923b3';

-- Running upgrade 5674c57409b9 -> bb59b63f55a

ALTER TABLE nodes ADD COLUMN driver_internal_info TEXT;

UPDATE alembic_version SET version_num='bb59b63f55a' WHERE alembic_version.version_num = '5674c57409b9';

-- Running upgrade bb59b63f55a -> 3ae36a5f5131

ALTER TABLE nodes ADD COLUMN name VARCHAR(63);

ALTER TABLE nodes ADD CONSTRAINT uniq_nodes0name UNIQUE (name);

UPDATE alembic_version SET version_num='3ae36a5f5131' WHERE alembic_version.version_num = 'bb59b63f55a';

-- Running upgrade 3ae36a5f5131 -> 1e1d5ace7dc6

ALTER TABLE nodes ADD COLUMN inspection_started_at TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE nodes ADD COLUMN inspection_finished_at TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='1e1d5ace7dc6' WHERE alembic_version.version_num = '3ae36a5f5131';

-- Running upgrade 1e1d5ace7dc6 -> 4f399b21ae71

ALTER TABLE nodes ADD COLUMN clean_step TEXT;

UPDATE alembic_version SET version_num='4f399b21ae71' WHERE alembic_version.version_num = '1e1d5ace7dc6';

-- Running upgrade 4f399b21ae71 -> 2fb93ffd2af1

ALTER TABLE nodes ALTER COLUMN name TYPE VARCHAR(255);

UPDATE alembic_version SET version_num='2fb93ffd2af1' WHERE alembic_version.version_num = '4f399b21ae71';

-- Running upgrade 2fb93ffd2af1 -> 789acc877671

ALTER TABLE nodes ADD COLUMN raid_config TEXT;

ALTER TABLE nodes ADD COLUMN target_raid_config TEXT;

UPDATE alembic_version SET version_num='789acc877671' WHERE alembic_version.version_num = '2fb93ffd2af1';

-- Running upgrade 789acc877671 -> 516faf1bb9b1

ALTER TABLE nodes ALTER COLUMN driver TYPE VARCHAR(255);

UPDATE alembic_version SET version_num='516faf1bb9b1' WHERE alembic_version.version_num = '789acc877671';

-- Running upgrade 516faf1bb9b1 -> 48d6c242bb9b

CREATE TABLE node_tags (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    node_id INTEGER NOT NULL, 
    tag VARCHAR(255) NOT NULL, 
    PRIMARY KEY (node_id, tag), 
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX node_tags_idx ON node_tags (tag);

UPDATE alembic_version SET version_num='48d6c242bb9b' WHERE alembic_version.version_num = '516faf1bb9b1';

-- Running upgrade 48d6c242bb9b -> 5ea1b0d310e

CREATE TABLE portgroups (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    node_id INTEGER, 
    address VARCHAR(18), 
    extra TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(node_id) REFERENCES nodes (id), 
    CONSTRAINT uniq_portgroups0uuid UNIQUE (uuid), 
    CONSTRAINT uniq_portgroups0address UNIQUE (address), 
    CONSTRAINT uniq_portgroups0name UNIQUE (name)
);

ALTER TABLE ports ADD COLUMN local_link_connection TEXT;

ALTER TABLE ports ADD COLUMN portgroup_id INTEGER;

ALTER TABLE ports ADD COLUMN pxe_enabled BOOLEAN;

ALTER TABLE ports ADD CONSTRAINT fk_portgroups_ports FOREIGN KEY(portgroup_id) REFERENCES portgroups (id);

UPDATE alembic_version SET version_num='5ea1b0d310e' WHERE alembic_version.version_num = '48d6c242bb9b';

-- Running upgrade 5ea1b0d310e -> f6fdb920c182

UPDATE ports SET pxe_enabled=true WHERE ports.pxe_enabled IS NULL;

UPDATE alembic_version SET version_num='f6fdb920c182' WHERE alembic_version.version_num = '5ea1b0d310e';

-- Running upgrade f6fdb920c182 -> e294876e8028

ALTER TABLE nodes ADD COLUMN network_interface VARCHAR(255);

UPDATE alembic_version SET version_num='e294876e8028' WHERE alembic_version.version_num = 'f6fdb920c182';

-- Running upgrade e294876e8028 -> 10b163d4481e

ALTER TABLE ports ADD COLUMN internal_info TEXT;

ALTER TABLE portgroups ADD COLUMN internal_info TEXT;

UPDATE alembic_version SET version_num='10b163d4481e' WHERE alembic_version.version_num = 'e294876e8028';

-- Running upgrade 10b163d4481e -> dd34e1f1303b

ALTER TABLE nodes ADD COLUMN resource_class VARCHAR(80);

UPDATE alembic_version SET version_num='dd34e1f1303b' WHERE alembic_version.version_num = '10b163d4481e';

COMMIT;

