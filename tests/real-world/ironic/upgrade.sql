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

-- Running upgrade dd34e1f1303b -> c14cef6dfedf

UPDATE nodes SET network_interface='flat' WHERE nodes.network_interface IS NULL;

UPDATE alembic_version SET version_num='c14cef6dfedf' WHERE alembic_version.version_num = 'dd34e1f1303b';

-- Running upgrade c14cef6dfedf -> 60cf717201bc

ALTER TABLE portgroups ADD COLUMN standalone_ports_supported BOOLEAN;

UPDATE alembic_version SET version_num='60cf717201bc' WHERE alembic_version.version_num = 'c14cef6dfedf';

-- Running upgrade 60cf717201bc -> bcdd431ba0bf

ALTER TABLE nodes ADD COLUMN boot_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN console_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN deploy_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN inspect_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN management_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN power_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN raid_interface VARCHAR(255);

ALTER TABLE nodes ADD COLUMN vendor_interface VARCHAR(255);

UPDATE alembic_version SET version_num='bcdd431ba0bf' WHERE alembic_version.version_num = '60cf717201bc';

-- Running upgrade bcdd431ba0bf -> daa1ba02d98

CREATE TABLE volume_connectors (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    node_id INTEGER, 
    type VARCHAR(32), 
    connector_id VARCHAR(255), 
    extra TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(node_id) REFERENCES nodes (id), 
    CONSTRAINT uniq_volumeconnectors0type0connector_id UNIQUE (type, connector_id), 
    CONSTRAINT uniq_volumeconnectors0uuid UNIQUE (uuid)
);

UPDATE alembic_version SET version_num='daa1ba02d98' WHERE alembic_version.version_num = 'bcdd431ba0bf';

-- Running upgrade daa1ba02d98 -> 1a59178ebdf6

CREATE TABLE volume_targets (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    node_id INTEGER, 
    volume_type VARCHAR(64), 
    properties TEXT, 
    boot_index INTEGER, 
    volume_id VARCHAR(36), 
    extra TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(node_id) REFERENCES nodes (id), 
    CONSTRAINT uniq_volumetargets0node_id0boot_index UNIQUE (node_id, boot_index), 
    CONSTRAINT uniq_volumetargets0uuid UNIQUE (uuid)
);

UPDATE alembic_version SET version_num='1a59178ebdf6' WHERE alembic_version.version_num = 'daa1ba02d98';

-- Running upgrade 1a59178ebdf6 -> 493d8f27f235

ALTER TABLE portgroups ADD COLUMN properties TEXT;

ALTER TABLE portgroups ADD COLUMN mode VARCHAR(255);

UPDATE portgroups SET mode='active-backup';

UPDATE alembic_version SET version_num='493d8f27f235' WHERE alembic_version.version_num = '1a59178ebdf6';

-- Running upgrade 493d8f27f235 -> 1d6951876d68

ALTER TABLE nodes ADD COLUMN storage_interface VARCHAR(255);

UPDATE alembic_version SET version_num='1d6951876d68' WHERE alembic_version.version_num = '493d8f27f235';

-- Running upgrade 1d6951876d68 -> 2353895ecfae

CREATE TABLE conductor_hardware_interfaces (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    conductor_id INTEGER NOT NULL, 
    hardware_type VARCHAR(255) NOT NULL, 
    interface_type VARCHAR(16) NOT NULL, 
    interface_name VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(conductor_id) REFERENCES conductors (id), 
    CONSTRAINT uniq_conductorhardwareinterfaces0 UNIQUE (conductor_id, hardware_type, interface_type, interface_name)
);

UPDATE alembic_version SET version_num='2353895ecfae' WHERE alembic_version.version_num = '1d6951876d68';

-- Running upgrade 2353895ecfae -> dbefd6bdaa2c

ALTER TABLE conductor_hardware_interfaces ADD COLUMN "default" BOOLEAN NOT NULL;

UPDATE alembic_version SET version_num='dbefd6bdaa2c' WHERE alembic_version.version_num = '2353895ecfae';

-- Running upgrade dbefd6bdaa2c -> 3d86a077a3f2

ALTER TABLE ports ADD COLUMN physical_network VARCHAR(64);

UPDATE alembic_version SET version_num='3d86a077a3f2' WHERE alembic_version.version_num = 'dbefd6bdaa2c';

-- Running upgrade 3d86a077a3f2 -> 868cb606a74a

ALTER TABLE chassis ADD COLUMN version VARCHAR(15);

ALTER TABLE conductors ADD COLUMN version VARCHAR(15);

ALTER TABLE node_tags ADD COLUMN version VARCHAR(15);

ALTER TABLE nodes ADD COLUMN version VARCHAR(15);

ALTER TABLE portgroups ADD COLUMN version VARCHAR(15);

ALTER TABLE ports ADD COLUMN version VARCHAR(15);

ALTER TABLE volume_connectors ADD COLUMN version VARCHAR(15);

ALTER TABLE volume_targets ADD COLUMN version VARCHAR(15);

ALTER TABLE conductor_hardware_interfaces ADD COLUMN version VARCHAR(15);

UPDATE alembic_version SET version_num='868cb606a74a' WHERE alembic_version.version_num = '3d86a077a3f2';

-- Running upgrade 868cb606a74a -> 405cfe08f18d

ALTER TABLE nodes ADD COLUMN rescue_interface VARCHAR(255);

UPDATE alembic_version SET version_num='405cfe08f18d' WHERE alembic_version.version_num = '868cb606a74a';

-- Running upgrade 405cfe08f18d -> b4130a7fc904

CREATE TABLE node_traits (
    version VARCHAR(15), 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    node_id INTEGER NOT NULL, 
    trait VARCHAR(255) NOT NULL, 
    PRIMARY KEY (node_id, trait), 
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

CREATE INDEX node_traits_idx ON node_traits (trait);

UPDATE alembic_version SET version_num='b4130a7fc904' WHERE alembic_version.version_num = '405cfe08f18d';

-- Running upgrade b4130a7fc904 -> e918ff30eb42

ALTER TABLE nodes ALTER COLUMN instance_info TYPE TEXT;

UPDATE alembic_version SET version_num='e918ff30eb42' WHERE alembic_version.version_num = 'b4130a7fc904';

-- Running upgrade e918ff30eb42 -> 82c315d60161

CREATE TABLE bios_settings (
    node_id INTEGER NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(255) NOT NULL, 
    value TEXT, 
    version VARCHAR(15), 
    PRIMARY KEY (node_id, name), 
    FOREIGN KEY(node_id) REFERENCES nodes (id)
);

UPDATE alembic_version SET version_num='82c315d60161' WHERE alembic_version.version_num = 'e918ff30eb42';

-- Running upgrade 82c315d60161 -> 2d13bc3d6bba

ALTER TABLE nodes ADD COLUMN bios_interface VARCHAR(255);

UPDATE alembic_version SET version_num='2d13bc3d6bba' WHERE alembic_version.version_num = '82c315d60161';

-- Running upgrade 2d13bc3d6bba -> fb3f10dd262e

ALTER TABLE nodes ADD COLUMN fault VARCHAR(255);

UPDATE alembic_version SET version_num='fb3f10dd262e' WHERE alembic_version.version_num = '2d13bc3d6bba';

-- Running upgrade fb3f10dd262e -> b9117ac17882

ALTER TABLE nodes ADD COLUMN deploy_step TEXT;

UPDATE alembic_version SET version_num='b9117ac17882' WHERE alembic_version.version_num = 'fb3f10dd262e';

-- Running upgrade b9117ac17882 -> 664f85c2f622

ALTER TABLE conductors ADD COLUMN conductor_group VARCHAR(255) DEFAULT '' NOT NULL;

ALTER TABLE nodes ADD COLUMN conductor_group VARCHAR(255) DEFAULT '' NOT NULL;

UPDATE alembic_version SET version_num='664f85c2f622' WHERE alembic_version.version_num = 'b9117ac17882';

-- Running upgrade 664f85c2f622 -> d2b036ae9378

ALTER TABLE nodes ADD COLUMN automated_clean BOOLEAN;

UPDATE alembic_version SET version_num='d2b036ae9378' WHERE alembic_version.version_num = '664f85c2f622';

-- Running upgrade d2b036ae9378 -> 93706939026c

ALTER TABLE nodes ADD COLUMN protected BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE nodes ADD COLUMN protected_reason TEXT;

UPDATE alembic_version SET version_num='93706939026c' WHERE alembic_version.version_num = 'd2b036ae9378';

-- Running upgrade 93706939026c -> f190f9d00a11

ALTER TABLE nodes ADD COLUMN owner VARCHAR(255);

UPDATE alembic_version SET version_num='f190f9d00a11' WHERE alembic_version.version_num = '93706939026c';

-- Running upgrade f190f9d00a11 -> dd67b91a1981

CREATE TABLE allocations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    version VARCHAR(15), 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255), 
    node_id INTEGER, 
    state VARCHAR(15) NOT NULL, 
    last_error TEXT, 
    resource_class VARCHAR(80), 
    traits TEXT, 
    candidate_nodes TEXT, 
    extra TEXT, 
    conductor_affinity INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_allocations0name UNIQUE (name), 
    CONSTRAINT uniq_allocations0uuid UNIQUE (uuid)
);

ALTER TABLE nodes ADD COLUMN allocation_id INTEGER;

ALTER TABLE nodes ADD FOREIGN KEY(allocation_id) REFERENCES allocations (id);

UPDATE alembic_version SET version_num='dd67b91a1981' WHERE alembic_version.version_num = 'f190f9d00a11';

-- Running upgrade dd67b91a1981 -> 9cbeefa3763f

ALTER TABLE ports ADD COLUMN is_smartnic BOOLEAN;

UPDATE alembic_version SET version_num='9cbeefa3763f' WHERE alembic_version.version_num = 'dd67b91a1981';

-- Running upgrade 9cbeefa3763f -> 28c44432c9c3

ALTER TABLE nodes ADD COLUMN description TEXT;

UPDATE alembic_version SET version_num='28c44432c9c3' WHERE alembic_version.version_num = '9cbeefa3763f';

-- Running upgrade 28c44432c9c3 -> 2aac7e0872f6

CREATE TABLE deploy_templates (
    version VARCHAR(15), 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36), 
    name VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_deploytemplates0uuid UNIQUE (uuid), 
    CONSTRAINT uniq_deploytemplates0name UNIQUE (name)
);

CREATE TABLE deploy_template_steps (
    version VARCHAR(15), 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    deploy_template_id INTEGER NOT NULL, 
    interface VARCHAR(255) NOT NULL, 
    step VARCHAR(255) NOT NULL, 
    args TEXT NOT NULL, 
    priority INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(deploy_template_id) REFERENCES deploy_templates (id)
);

CREATE INDEX deploy_template_id ON deploy_template_steps (deploy_template_id);

CREATE INDEX deploy_template_steps_interface_idx ON deploy_template_steps (interface);

CREATE INDEX deploy_template_steps_step_idx ON deploy_template_steps (step);

UPDATE alembic_version SET version_num='2aac7e0872f6' WHERE alembic_version.version_num = '28c44432c9c3';

-- Running upgrade 2aac7e0872f6 -> 1e15e7122cc9

ALTER TABLE deploy_templates ADD COLUMN extra TEXT;

UPDATE alembic_version SET version_num='1e15e7122cc9' WHERE alembic_version.version_num = '2aac7e0872f6';

-- Running upgrade 1e15e7122cc9 -> ce6c4b3cf5a2

ALTER TABLE allocations ADD COLUMN owner VARCHAR(255);

UPDATE alembic_version SET version_num='ce6c4b3cf5a2' WHERE alembic_version.version_num = '1e15e7122cc9';

-- Running upgrade ce6c4b3cf5a2 -> cd2c80feb331

ALTER TABLE nodes ADD COLUMN retired BOOLEAN DEFAULT false;

ALTER TABLE nodes ADD COLUMN retired_reason TEXT;

UPDATE alembic_version SET version_num='cd2c80feb331' WHERE alembic_version.version_num = 'ce6c4b3cf5a2';

-- Running upgrade cd2c80feb331 -> b2ad35726bb0

ALTER TABLE nodes ADD COLUMN lessee VARCHAR(255);

UPDATE alembic_version SET version_num='b2ad35726bb0' WHERE alembic_version.version_num = 'cd2c80feb331';

-- Running upgrade b2ad35726bb0 -> cf1a80fdb352

ALTER TABLE nodes ADD COLUMN network_data TEXT;

UPDATE alembic_version SET version_num='cf1a80fdb352' WHERE alembic_version.version_num = 'b2ad35726bb0';

-- Running upgrade cf1a80fdb352 -> c0455649680c

ALTER TABLE ports ADD COLUMN name VARCHAR(255);

ALTER TABLE ports ADD CONSTRAINT uniq_ports0name UNIQUE (name);

UPDATE alembic_version SET version_num='c0455649680c' WHERE alembic_version.version_num = 'cf1a80fdb352';

-- Running upgrade c0455649680c -> ac00b586ab95

