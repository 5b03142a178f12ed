BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0_1

CREATE TABLE computehosts (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    vcpus INTEGER NOT NULL, 
    cpu_info TEXT NOT NULL, 
    hypervisor_type TEXT NOT NULL, 
    hypervisor_version INTEGER NOT NULL, 
    hypervisor_hostname VARCHAR(255), 
    memory_mb INTEGER NOT NULL, 
    local_gb INTEGER NOT NULL, 
    status VARCHAR(13), 
    PRIMARY KEY (id)
);

CREATE TABLE leases (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(80) NOT NULL, 
    user_id VARCHAR(255), 
    tenant_id VARCHAR(255), 
    start_date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    end_date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    trust_id VARCHAR(36), 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE reservations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    lease_id VARCHAR(36) NOT NULL, 
    resource_id VARCHAR(36), 
    resource_type VARCHAR(66), 
    status VARCHAR(13), 
    PRIMARY KEY (id), 
    FOREIGN KEY(lease_id) REFERENCES leases (id)
);

CREATE TABLE computehost_extra_capabilities (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    computehost_id VARCHAR(36), 
    capability_name VARCHAR(64) NOT NULL, 
    capability_value TEXT NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(computehost_id) REFERENCES computehosts (id)
);

CREATE TABLE events (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    lease_id VARCHAR(36), 
    event_type VARCHAR(66), 
    time TIMESTAMP WITHOUT TIME ZONE, 
    status VARCHAR(13), 
    PRIMARY KEY (id), 
    FOREIGN KEY(lease_id) REFERENCES leases (id)
);

CREATE TABLE computehost_allocations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    compute_host_id VARCHAR(36), 
    reservation_id VARCHAR(36), 
    PRIMARY KEY (id), 
    FOREIGN KEY(compute_host_id) REFERENCES computehosts (id), 
    FOREIGN KEY(reservation_id) REFERENCES reservations (id)
);

CREATE TABLE computehost_reservations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    reservation_id VARCHAR(36), 
    resource_properties TEXT, 
    count_range VARCHAR(36), 
    hypervisor_properties TEXT, 
    status VARCHAR(13), 
    PRIMARY KEY (id), 
    FOREIGN KEY(reservation_id) REFERENCES reservations (id)
);

INSERT INTO alembic_version (version_num) VALUES ('0_1') RETURNING alembic_version.version_num;

-- Running upgrade 0_1 -> 10e34bba18e8

ALTER TABLE computehosts ADD COLUMN service_name VARCHAR(255);

UPDATE alembic_version SET version_num='10e34bba18e8' WHERE alembic_version.version_num = '0_1';

-- Running upgrade 10e34bba18e8 -> 2bcfe76b0474

ALTER TABLE leases RENAME tenant_id TO project_id;

UPDATE alembic_version SET version_num='2bcfe76b0474' WHERE alembic_version.version_num = '10e34bba18e8';

-- Running upgrade 2bcfe76b0474 -> 23d6240b51b2

ALTER TABLE leases ADD COLUMN action VARCHAR(255);

ALTER TABLE leases ADD COLUMN status VARCHAR(255);

ALTER TABLE leases ADD COLUMN status_reason VARCHAR(255);

UPDATE alembic_version SET version_num='23d6240b51b2' WHERE alembic_version.version_num = '2bcfe76b0474';

-- Running upgrade 23d6240b51b2 -> 1fd6c2eded89

ALTER TABLE computehosts ADD COLUMN trust_id VARCHAR(36);

UPDATE computehosts SET trust_id = '';

ALTER TABLE computehosts ALTER COLUMN trust_id SET NOT NULL;

UPDATE alembic_version SET version_num='1fd6c2eded89' WHERE alembic_version.version_num = '23d6240b51b2';

-- Running upgrade 1fd6c2eded89 -> 7f1a7bbb2cd2

ALTER TABLE computehost_reservations ADD COLUMN aggregate_id INTEGER;

UPDATE alembic_version SET version_num='7f1a7bbb2cd2' WHERE alembic_version.version_num = '1fd6c2eded89';

-- Running upgrade 7f1a7bbb2cd2 -> 8805be233864

CREATE TABLE instance_reservations (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id VARCHAR(36) NOT NULL, 
    reservation_id VARCHAR(36), 
    vcpus INTEGER NOT NULL, 
    memory_mb INTEGER NOT NULL, 
    disk_gb INTEGER NOT NULL, 
    amount INTEGER NOT NULL, 
    affinity BOOLEAN NOT NULL, 
    flavor_id VARCHAR(36), 
    aggregate_id INTEGER, 
    server_group_id VARCHAR(36), 
    PRIMARY KEY (id), 
    FOREIGN KEY(reservation_id) REFERENCES reservations (id)
);

UPDATE alembic_version SET version_num='8805be233864' WHERE alembic_version.version_num = '7f1a7bbb2cd2';

-- Running upgrade 8805be233864 -> ba75b766b64e

ALTER TABLE computehost_reservations ADD COLUMN before_end VARCHAR(36);

UPDATE alembic_version SET version_num='ba75b766b64e' WHERE alembic_version.version_num = '8805be233864';

-- Running upgrade ba75b766b64e -> 6bfd1c23aa18

