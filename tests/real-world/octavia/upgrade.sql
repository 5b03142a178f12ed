BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 35dee79d5865

CREATE TABLE health_monitor_type (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO health_monitor_type (name) VALUES ('HTTP');

INSERT INTO health_monitor_type (name) VALUES ('HTTPS');

INSERT INTO health_monitor_type (name) VALUES ('TCP');

CREATE TABLE protocol (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO protocol (name) VALUES ('HTTP');

INSERT INTO protocol (name) VALUES ('HTTPS');

INSERT INTO protocol (name) VALUES ('TCP');

CREATE TABLE algorithm (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO algorithm (name) VALUES ('ROUND_ROBIN');

INSERT INTO algorithm (name) VALUES ('LEAST_CONNECTIONS');

INSERT INTO algorithm (name) VALUES ('SOURCE_IP');

CREATE TABLE session_persistence_type (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO session_persistence_type (name) VALUES ('SOURCE_IP');

INSERT INTO session_persistence_type (name) VALUES ('HTTP_COOKIE');

INSERT INTO session_persistence_type (name) VALUES ('APP_COOKIE');

CREATE TABLE provisioning_status (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO provisioning_status (name) VALUES ('ACTIVE');

INSERT INTO provisioning_status (name) VALUES ('PENDING_CREATE');

INSERT INTO provisioning_status (name) VALUES ('PENDING_UPDATE');

INSERT INTO provisioning_status (name) VALUES ('PENDING_DELETE');

INSERT INTO provisioning_status (name) VALUES ('DELETED');

INSERT INTO provisioning_status (name) VALUES ('ERROR');

CREATE TABLE operating_status (
    name VARCHAR(30) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO operating_status (name) VALUES ('ONLINE');

INSERT INTO operating_status (name) VALUES ('OFFLINE');

INSERT INTO operating_status (name) VALUES ('DEGRADED');

INSERT INTO operating_status (name) VALUES ('ERROR');

CREATE TABLE pool (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(255), 
    description VARCHAR(255), 
    protocol VARCHAR(16) NOT NULL, 
    lb_algorithm VARCHAR(16) NOT NULL, 
    operating_status VARCHAR(16) NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_pool_protocol_name FOREIGN KEY(protocol) REFERENCES protocol (name), 
    CONSTRAINT fk_pool_algorithm_name FOREIGN KEY(lb_algorithm) REFERENCES algorithm (name), 
    CONSTRAINT fk_pool_operating_status_name FOREIGN KEY(operating_status) REFERENCES operating_status (name)
);

CREATE TABLE health_monitor (
    pool_id VARCHAR(36) NOT NULL, 
    type VARCHAR(36) NOT NULL, 
    delay INTEGER NOT NULL, 
    timeout INTEGER NOT NULL, 
    fall_threshold INTEGER NOT NULL, 
    rise_threshold INTEGER NOT NULL, 
    http_method VARCHAR(16), 
    url_path VARCHAR(255), 
    expected_codes VARCHAR(64), 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (pool_id), 
    CONSTRAINT fk_health_monitor_pool_id FOREIGN KEY(pool_id) REFERENCES pool (id), 
    CONSTRAINT fk_health_monitor_health_monitor_type_name FOREIGN KEY(type) REFERENCES health_monitor_type (name)
);

CREATE TABLE session_persistence (
    pool_id VARCHAR(36) NOT NULL, 
    type VARCHAR(16) NOT NULL, 
    cookie_name VARCHAR(255), 
    PRIMARY KEY (pool_id), 
    CONSTRAINT fk_session_persistence_session_persistence_type_name FOREIGN KEY(type) REFERENCES session_persistence_type (name), 
    CONSTRAINT fk_session_persistence_pool_id FOREIGN KEY(pool_id) REFERENCES pool (id)
);

CREATE TABLE member (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    pool_id VARCHAR(36) NOT NULL, 
    subnet_id VARCHAR(36), 
    address VARCHAR(64) NOT NULL, 
    protocol_port INTEGER NOT NULL, 
    weight INTEGER, 
    operating_status VARCHAR(16) NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_member_pool_id FOREIGN KEY(pool_id) REFERENCES pool (id), 
    CONSTRAINT fk_member_operating_status_name FOREIGN KEY(operating_status) REFERENCES operating_status (name), 
    CONSTRAINT uq_member_pool_id_address_protocol_port UNIQUE (pool_id, address, protocol_port)
);

CREATE TABLE load_balancer (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(255), 
    description VARCHAR(255), 
    provisioning_status VARCHAR(16) NOT NULL, 
    operating_status VARCHAR(16) NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_load_balancer_provisioning_status_name FOREIGN KEY(provisioning_status) REFERENCES provisioning_status (name), 
    CONSTRAINT fk_load_balancer_operating_status_name FOREIGN KEY(operating_status) REFERENCES operating_status (name)
);

CREATE TABLE vip (
    load_balancer_id VARCHAR(36) NOT NULL, 
    ip_address VARCHAR(36), 
    net_port_id VARCHAR(36), 
    subnet_id VARCHAR(36), 
    floating_ip_id VARCHAR(36), 
    floating_ip_network_id VARCHAR(36), 
    PRIMARY KEY (load_balancer_id), 
    CONSTRAINT fk_vip_load_balancer_id FOREIGN KEY(load_balancer_id) REFERENCES load_balancer (id)
);

CREATE TABLE listener (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(255), 
    description VARCHAR(255), 
    protocol VARCHAR(16) NOT NULL, 
    protocol_port INTEGER NOT NULL, 
    connection_limit INTEGER, 
    load_balancer_id VARCHAR(36), 
    tls_certificate_id VARCHAR(36), 
    default_pool_id VARCHAR(36), 
    provisioning_status VARCHAR(16) NOT NULL, 
    operating_status VARCHAR(16) NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_listener_load_balancer_id FOREIGN KEY(load_balancer_id) REFERENCES load_balancer (id), 
    CONSTRAINT fk_listener_pool_id FOREIGN KEY(default_pool_id) REFERENCES pool (id), 
    CONSTRAINT fk_listener_protocol_name FOREIGN KEY(protocol) REFERENCES protocol (name), 
    CONSTRAINT fk_listener_provisioning_status_name FOREIGN KEY(provisioning_status) REFERENCES provisioning_status (name), 
    CONSTRAINT fk_listener_operating_status_name FOREIGN KEY(operating_status) REFERENCES operating_status (name), 
    CONSTRAINT uq_listener_default_pool_id UNIQUE (default_pool_id), 
    CONSTRAINT uq_listener_load_balancer_id_protocol_port UNIQUE (load_balancer_id, protocol_port)
);

CREATE TABLE sni (
    listener_id VARCHAR(36) NOT NULL, 
    tls_container_id VARCHAR(36) NOT NULL, 
    position INTEGER, 
    PRIMARY KEY (listener_id, tls_container_id), 
    CONSTRAINT fk_sni_listener_id FOREIGN KEY(listener_id) REFERENCES listener (id)
);

CREATE TABLE listener_statistics (
    listener_id VARCHAR(36) NOT NULL, 
    bytes_in BIGINT NOT NULL, 
    bytes_out BIGINT NOT NULL, 
    active_connections INTEGER NOT NULL, 
    total_connections BIGINT NOT NULL, 
    PRIMARY KEY (listener_id), 
    CONSTRAINT fk_listener_statistics_listener_id FOREIGN KEY(listener_id) REFERENCES listener (id)
);

CREATE TABLE amphora (
    id VARCHAR(36) NOT NULL, 
    host_id VARCHAR(36) NOT NULL, 
    status VARCHAR(36) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_container_provisioning_status_name FOREIGN KEY(status) REFERENCES provisioning_status (name)
);

CREATE TABLE load_balancer_amphora (
    amphora_id VARCHAR(36) NOT NULL, 
    load_balancer_id VARCHAR(36) NOT NULL, 
    PRIMARY KEY (amphora_id, load_balancer_id), 
    CONSTRAINT fk_load_balancer_amphora_load_balancer_id FOREIGN KEY(load_balancer_id) REFERENCES load_balancer (id), 
    CONSTRAINT fk_load_balancer_amphora_id FOREIGN KEY(amphora_id) REFERENCES amphora (id)
);

INSERT INTO alembic_version (version_num) VALUES ('35dee79d5865') RETURNING alembic_version.version_num;

-- Running upgrade 35dee79d5865 -> 4c094013699a

ALTER TABLE amphora ADD COLUMN load_balancer_id VARCHAR(36);

ALTER TABLE amphora ADD CONSTRAINT fk_amphora_load_balancer_id FOREIGN KEY(load_balancer_id) REFERENCES load_balancer (id);

DROP TABLE load_balancer_amphora;

ALTER TABLE amphora DROP CONSTRAINT fk_container_provisioning_status_name;

ALTER TABLE amphora ADD CONSTRAINT fk_amphora_provisioning_status_name FOREIGN KEY(status) REFERENCES provisioning_status (name);

UPDATE alembic_version SET version_num='4c094013699a' WHERE alembic_version.version_num = '35dee79d5865';

-- Running upgrade 4c094013699a -> 13500e2e978d

UPDATE alembic_version SET version_num='13500e2e978d' WHERE alembic_version.version_num = '4c094013699a';

-- Running upgrade 13500e2e978d -> 4faaa983e7a9

ALTER TABLE member RENAME address TO ip_address;

UPDATE alembic_version SET version_num='4faaa983e7a9' WHERE alembic_version.version_num = '13500e2e978d';

-- Running upgrade 4faaa983e7a9 -> 3a1e1cdb7b27

ALTER TABLE amphora ALTER COLUMN host_id DROP NOT NULL;

ALTER TABLE amphora RENAME host_id TO compute_id;

UPDATE alembic_version SET version_num='3a1e1cdb7b27' WHERE alembic_version.version_num = '4faaa983e7a9';

-- Running upgrade 3a1e1cdb7b27 -> 14892634e228

ALTER TABLE vip RENAME subnet_id TO network_id;

ALTER TABLE vip RENAME net_port_id TO port_id;

ALTER TABLE vip DROP COLUMN floating_ip_id;

ALTER TABLE vip DROP COLUMN floating_ip_network_id;

UPDATE alembic_version SET version_num='14892634e228' WHERE alembic_version.version_num = '3a1e1cdb7b27';

-- Running upgrade 14892634e228 -> 256852d5ff7c

ALTER TABLE amphora ADD COLUMN lb_network_ip VARCHAR(64);

UPDATE alembic_version SET version_num='256852d5ff7c' WHERE alembic_version.version_num = '14892634e228';

-- Running upgrade 256852d5ff7c -> 92fe9857279

CREATE TABLE amphora_health (
    amphora_id VARCHAR(36) NOT NULL, 
    last_update TIMESTAMP WITH TIME ZONE NOT NULL, 
    PRIMARY KEY (amphora_id)
);

UPDATE alembic_version SET version_num='92fe9857279' WHERE alembic_version.version_num = '256852d5ff7c';

-- Running upgrade 92fe9857279 -> 3e5b37a0bdb9

ALTER TABLE amphora ADD COLUMN vrrp_ip VARCHAR(64);

ALTER TABLE amphora ADD COLUMN ha_ip VARCHAR(64);

UPDATE alembic_version SET version_num='3e5b37a0bdb9' WHERE alembic_version.version_num = '92fe9857279';

-- Running upgrade 3e5b37a0bdb9 -> 48660b6643f0

INSERT INTO provisioning_status (name) VALUES ('READY');

INSERT INTO provisioning_status (name) VALUES ('BOOTING');

INSERT INTO provisioning_status (name) VALUES ('ALLOCATED');

UPDATE alembic_version SET version_num='48660b6643f0' WHERE alembic_version.version_num = '3e5b37a0bdb9';

-- Running upgrade 48660b6643f0 -> 4fe8240425b4

ALTER TABLE vip RENAME network_id TO subnet_id;

UPDATE alembic_version SET version_num='4fe8240425b4' WHERE alembic_version.version_num = '48660b6643f0';

-- Running upgrade 4fe8240425b4 -> 298eac0640a7

ALTER TABLE amphora ADD COLUMN vrrp_port_id VARCHAR(36);

ALTER TABLE amphora ADD COLUMN ha_port_id VARCHAR(36);

UPDATE alembic_version SET version_num='298eac0640a7' WHERE alembic_version.version_num = '4fe8240425b4';

-- Running upgrade 298eac0640a7 -> 357d17a6d5ac

CREATE TABLE lb_topology (
    name VARCHAR(36) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO lb_topology (name) VALUES ('SINGLE');

INSERT INTO lb_topology (name) VALUES ('ACTIVE_STANDBY');

CREATE TABLE amphora_roles (
    name VARCHAR(36) NOT NULL, 
    description VARCHAR(255), 
    PRIMARY KEY (name)
);

INSERT INTO amphora_roles (name) VALUES ('MASTER');

INSERT INTO amphora_roles (name) VALUES ('BACKUP');

INSERT INTO amphora_roles (name) VALUES ('STANDALONE');

ALTER TABLE load_balancer ADD COLUMN topology VARCHAR(36);

ALTER TABLE load_balancer ADD CONSTRAINT fk_lb_topology_name FOREIGN KEY(topology) REFERENCES lb_topology (name);

ALTER TABLE amphora ADD COLUMN role VARCHAR(36);

ALTER TABLE amphora ADD CONSTRAINT fk_amphora_roles_name FOREIGN KEY(role) REFERENCES amphora_roles (name);

UPDATE alembic_version SET version_num='357d17a6d5ac' WHERE alembic_version.version_num = '298eac0640a7';

-- Running upgrade 357d17a6d5ac -> 2351ea316465

INSERT INTO protocol (name) VALUES ('TERMINATED_HTTPS');

ALTER TABLE listener ALTER COLUMN tls_certificate_id DROP NOT NULL;

UPDATE alembic_version SET version_num='2351ea316465' WHERE alembic_version.version_num = '357d17a6d5ac';

-- Running upgrade 2351ea316465 -> 543f5d8e4e56

ALTER TABLE amphora_health ADD COLUMN busy BOOLEAN NOT NULL;

UPDATE alembic_version SET version_num='543f5d8e4e56' WHERE alembic_version.version_num = '2351ea316465';

-- Running upgrade 543f5d8e4e56 -> 3b199c848b96

