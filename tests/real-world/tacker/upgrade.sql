BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 1c6b0d82afcd

CREATE TABLE devicetemplates (
    id VARCHAR(36) NOT NULL, 
    tenant_id VARCHAR(255), 
    name VARCHAR(255), 
    description VARCHAR(255), 
    infra_driver VARCHAR(255), 
    mgmt_driver VARCHAR(255), 
    PRIMARY KEY (id)
);

CREATE TABLE devicetemplateattributes (
    id VARCHAR(36) NOT NULL, 
    template_id VARCHAR(36) NOT NULL, 
    key VARCHAR(255) NOT NULL, 
    value VARCHAR(4096), 
    PRIMARY KEY (id), 
    FOREIGN KEY(template_id) REFERENCES devicetemplates (id)
);

CREATE TABLE devices (
    id VARCHAR(255) NOT NULL, 
    tenant_id VARCHAR(255), 
    name VARCHAR(255), 
    template_id VARCHAR(36), 
    instance_id VARCHAR(255), 
    mgmt_url VARCHAR(255), 
    status VARCHAR(255), 
    PRIMARY KEY (id), 
    FOREIGN KEY(template_id) REFERENCES devicetemplates (id)
);

CREATE TABLE deviceattributes (
    id VARCHAR(36) NOT NULL, 
    device_id VARCHAR(255), 
    key VARCHAR(255) NOT NULL, 
    value VARCHAR(4096), 
    PRIMARY KEY (id), 
    FOREIGN KEY(device_id) REFERENCES devices (id)
);

INSERT INTO alembic_version (version_num) VALUES ('1c6b0d82afcd') RETURNING alembic_version.version_num;

-- Running upgrade 1c6b0d82afcd -> 81ffa86020d

CREATE TABLE proxymgmtports (
    device_id VARCHAR(255) NOT NULL, 
    port_id VARCHAR(36) NOT NULL, 
    dst_transport_url VARCHAR(255), 
    svr_proxy_id VARCHAR(36), 
    svr_ns_proxy_id VARCHAR(36), 
    clt_proxy_id VARCHAR(36), 
    clt_ns_proxy_id VARCHAR(36), 
    PRIMARY KEY (device_id)
);

CREATE TABLE proxyserviceports (
    service_instance_id VARCHAR(255) NOT NULL, 
    svr_proxy_id VARCHAR(36), 
    svr_ns_proxy_id VARCHAR(36), 
    clt_proxy_id VARCHAR(36), 
    clt_ns_proxy_id VARCHAR(36), 
    PRIMARY KEY (service_instance_id)
);

UPDATE alembic_version SET version_num='81ffa86020d' WHERE alembic_version.version_num = '1c6b0d82afcd';

-- Running upgrade 81ffa86020d -> 4c31092895b8

UPDATE alembic_version SET version_num='4c31092895b8' WHERE alembic_version.version_num = '81ffa86020d';

-- Running upgrade 4c31092895b8 -> 13c0e0661015

ALTER TABLE devices ADD COLUMN description VARCHAR(255) DEFAULT '';

UPDATE alembic_version SET version_num='13c0e0661015' WHERE alembic_version.version_num = '4c31092895b8';

-- Running upgrade 13c0e0661015 -> 5958429bcb3c

ALTER TABLE devicetemplateattributes ALTER COLUMN value TYPE VARCHAR(65535);

ALTER TABLE devicetemplateattributes ALTER COLUMN value DROP NOT NULL;

UPDATE alembic_version SET version_num='5958429bcb3c' WHERE alembic_version.version_num = '13c0e0661015';

-- Running upgrade 5958429bcb3c -> 12a57080b277

CREATE TABLE servicetypes (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    template_id VARCHAR(36) NOT NULL, 
    service_type VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(template_id) REFERENCES devicetemplates (id)
);

CREATE TABLE deviceservicecontexts (
    id VARCHAR(36) NOT NULL, 
    device_id VARCHAR(36), 
    network_id VARCHAR(36), 
    subnet_id VARCHAR(36), 
    port_id VARCHAR(36), 
    router_id VARCHAR(36), 
    role VARCHAR(255), 
    index INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(device_id) REFERENCES devices (id)
);

CREATE TABLE serviceinstances (
    tenant_id VARCHAR(255), 
    id VARCHAR(36) NOT NULL, 
    name VARCHAR(255), 
    service_type_id VARCHAR(36), 
    service_table_id VARCHAR(36), 
    managed_by_user BOOLEAN, 
    mgmt_driver VARCHAR(255), 
    mgmt_url VARCHAR(255), 
    status VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(service_type_id) REFERENCES servicetypes (id)
);

CREATE TABLE servicecontexts (
    id VARCHAR(36) NOT NULL, 
    service_instance_id VARCHAR(36), 
    network_id VARCHAR(36), 
    subnet_id VARCHAR(36), 
    port_id VARCHAR(36), 
    router_id VARCHAR(36), 
    role VARCHAR(255), 
    index INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(service_instance_id) REFERENCES serviceinstances (id)
);

CREATE TABLE servicedevicebindings (
    service_instance_id VARCHAR(36) NOT NULL, 
    device_id VARCHAR(36) NOT NULL, 
    PRIMARY KEY (service_instance_id, device_id), 
    FOREIGN KEY(device_id) REFERENCES devices (id), 
    FOREIGN KEY(service_instance_id) REFERENCES serviceinstances (id)
);

UPDATE alembic_version SET version_num='12a57080b277' WHERE alembic_version.version_num = '5958429bcb3c';

COMMIT;

