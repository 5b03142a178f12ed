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

-- Running upgrade 29affeaa2bc2 -> 2ace4006498

ALTER TABLE bay RENAME minions_address TO node_addresses;

UPDATE alembic_version SET version_num='2ace4006498' WHERE alembic_version.version_num = '29affeaa2bc2';

-- Running upgrade 2ace4006498 -> 456126c6c9e9

CREATE TABLE baylock (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    bay_uuid VARCHAR(36), 
    conductor_id VARCHAR(64), 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='456126c6c9e9' WHERE alembic_version.version_num = '2ace4006498';

-- Running upgrade 456126c6c9e9 -> 4ea34a59a64c

ALTER TABLE bay ADD COLUMN discovery_url VARCHAR(255);

UPDATE alembic_version SET version_num='4ea34a59a64c' WHERE alembic_version.version_num = '456126c6c9e9';

-- Running upgrade 4ea34a59a64c -> e772b2598d9

ALTER TABLE container ADD COLUMN command VARCHAR(255);

UPDATE alembic_version SET version_num='e772b2598d9' WHERE alembic_version.version_num = '4ea34a59a64c';

-- Running upgrade e772b2598d9 -> 2d8657c0cdc

ALTER TABLE container ADD COLUMN bay_uuid VARCHAR(255);

UPDATE alembic_version SET version_num='2d8657c0cdc' WHERE alembic_version.version_num = 'e772b2598d9';

-- Running upgrade 2d8657c0cdc -> 4956f03cabad

ALTER TABLE baymodel ADD COLUMN cluster_distro VARCHAR(255);

UPDATE alembic_version SET version_num='4956f03cabad' WHERE alembic_version.version_num = '2d8657c0cdc';

-- Running upgrade 4956f03cabad -> 592131657ca1

ALTER TABLE baymodel ADD COLUMN coe VARCHAR(255);

UPDATE baymodel SET coe='kubernetes';

UPDATE alembic_version SET version_num='592131657ca1' WHERE alembic_version.version_num = '4956f03cabad';

-- Running upgrade 592131657ca1 -> 3b6c4c42adb4

ALTER TABLE bay ADD CONSTRAINT uniq_bay0uuid UNIQUE (uuid);

ALTER TABLE baylock ADD CONSTRAINT uniq_baylock0bay_uuid UNIQUE (bay_uuid);

ALTER TABLE baymodel ADD CONSTRAINT uniq_baymodel0uuid UNIQUE (uuid);

ALTER TABLE container ADD CONSTRAINT uniq_container0uuid UNIQUE (uuid);

ALTER TABLE node ADD CONSTRAINT uniq_node0uuid UNIQUE (uuid);

ALTER TABLE node ADD CONSTRAINT uniq_node0ironic_node_id UNIQUE (ironic_node_id);

ALTER TABLE pod ADD CONSTRAINT uniq_pod0uuid UNIQUE (uuid);

ALTER TABLE service ADD CONSTRAINT uniq_service0uuid UNIQUE (uuid);

ALTER TABLE replicationcontroller ADD CONSTRAINT uniq_replicationcontroller0uuid UNIQUE (uuid);

UPDATE alembic_version SET version_num='3b6c4c42adb4' WHERE alembic_version.version_num = '592131657ca1';

-- Running upgrade 3b6c4c42adb4 -> 2b5f24dd95de

ALTER TABLE service RENAME port TO ports;

UPDATE alembic_version SET version_num='2b5f24dd95de' WHERE alembic_version.version_num = '3b6c4c42adb4';

-- Running upgrade 2b5f24dd95de -> 59e7664a8ba1

ALTER TABLE container ADD COLUMN status VARCHAR(20);

UPDATE alembic_version SET version_num='59e7664a8ba1' WHERE alembic_version.version_num = '2b5f24dd95de';

-- Running upgrade 59e7664a8ba1 -> 156ceb17fb0a

ALTER TABLE bay ADD COLUMN status_reason TEXT;

UPDATE alembic_version SET version_num='156ceb17fb0a' WHERE alembic_version.version_num = '59e7664a8ba1';

-- Running upgrade 156ceb17fb0a -> 1c1ff5e56048

ALTER TABLE container RENAME image_id TO image;

UPDATE alembic_version SET version_num='1c1ff5e56048' WHERE alembic_version.version_num = '156ceb17fb0a';

-- Running upgrade 1c1ff5e56048 -> 53882537ac57

ALTER TABLE pod ADD COLUMN host TEXT;

UPDATE alembic_version SET version_num='53882537ac57' WHERE alembic_version.version_num = '1c1ff5e56048';

-- Running upgrade 53882537ac57 -> 14328d6a57e3

ALTER TABLE bay ADD COLUMN master_count INTEGER;

UPDATE alembic_version SET version_num='14328d6a57e3' WHERE alembic_version.version_num = '53882537ac57';

-- Running upgrade 14328d6a57e3 -> 421102d1f2d2

CREATE TABLE x509keypair (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    name VARCHAR(255), 
    uuid VARCHAR(36), 
    bay_uuid VARCHAR(36), 
    ca_cert TEXT, 
    certificate TEXT, 
    private_key TEXT, 
    project_id VARCHAR(255), 
    user_id VARCHAR(255), 
    PRIMARY KEY (id)
);

ALTER TABLE x509keypair ADD CONSTRAINT uniq_x509keypair0uuid UNIQUE (uuid);

UPDATE alembic_version SET version_num='421102d1f2d2' WHERE alembic_version.version_num = '14328d6a57e3';

-- Running upgrade 421102d1f2d2 -> 6f21dc998bb

ALTER TABLE bay ADD COLUMN master_addresses TEXT;

UPDATE alembic_version SET version_num='6f21dc998bb' WHERE alembic_version.version_num = '421102d1f2d2';

-- Running upgrade 6f21dc998bb -> 966a99e70ff

ALTER TABLE baymodel ADD COLUMN http_proxy VARCHAR(255);

ALTER TABLE baymodel ADD COLUMN https_proxy VARCHAR(255);

ALTER TABLE baymodel ADD COLUMN no_proxy VARCHAR(255);

UPDATE alembic_version SET version_num='966a99e70ff' WHERE alembic_version.version_num = '6f21dc998bb';

-- Running upgrade 966a99e70ff -> 6f21dc920bb

ALTER TABLE bay ADD COLUMN ca_cert_uuid VARCHAR(36);

ALTER TABLE bay ADD COLUMN magnum_cert_uuid VARCHAR(36);

UPDATE alembic_version SET version_num='6f21dc920bb' WHERE alembic_version.version_num = '966a99e70ff';

-- Running upgrade 6f21dc920bb -> 5518af8dbc21

ALTER TABLE bay ALTER COLUMN ca_cert_uuid TYPE VARCHAR(512);

ALTER TABLE bay ALTER COLUMN ca_cert_uuid DROP NOT NULL;

ALTER TABLE bay RENAME ca_cert_uuid TO ca_cert_ref;

ALTER TABLE bay ALTER COLUMN magnum_cert_uuid TYPE VARCHAR(512);

ALTER TABLE bay ALTER COLUMN magnum_cert_uuid DROP NOT NULL;

ALTER TABLE bay RENAME magnum_cert_uuid TO magnum_cert_ref;

UPDATE alembic_version SET version_num='5518af8dbc21' WHERE alembic_version.version_num = '6f21dc920bb';

-- Running upgrade 5518af8dbc21 -> 4e263f236334

ALTER TABLE baymodel ADD COLUMN registry_enabled BOOLEAN;

UPDATE alembic_version SET version_num='4e263f236334' WHERE alembic_version.version_num = '5518af8dbc21';

-- Running upgrade 4e263f236334 -> 3be65537a94a

ALTER TABLE baymodel ADD COLUMN network_driver VARCHAR(255);

UPDATE alembic_version SET version_num='3be65537a94a' WHERE alembic_version.version_num = '4e263f236334';

-- Running upgrade 3be65537a94a -> 1481f5b560dd

ALTER TABLE baymodel ADD COLUMN labels TEXT;

UPDATE alembic_version SET version_num='1481f5b560dd' WHERE alembic_version.version_num = '3be65537a94a';

-- Running upgrade 1481f5b560dd -> 1d045384b966

ALTER TABLE baymodel ADD COLUMN insecure BOOLEAN;

UPDATE baymodel SET insecure=true;

UPDATE alembic_version SET version_num='1d045384b966' WHERE alembic_version.version_num = '1481f5b560dd';

-- Running upgrade 1d045384b966 -> 27ad304554e2

CREATE TABLE magnum_service (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    report_count INTEGER NOT NULL, 
    host VARCHAR(255), 
    "binary" VARCHAR(255), 
    disabled BOOLEAN, 
    disabled_reason VARCHAR(255), 
    last_seen_up TIMESTAMP WITHOUT TIME ZONE, 
    forced_down BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_magnum_service0host0binary UNIQUE (host, "binary")
);

UPDATE alembic_version SET version_num='27ad304554e2' WHERE alembic_version.version_num = '1d045384b966';

-- Running upgrade 27ad304554e2 -> 5ad410481b88

ALTER TABLE baymodel RENAME insecure TO tls_disabled;

UPDATE alembic_version SET version_num='5ad410481b88' WHERE alembic_version.version_num = '27ad304554e2';

-- Running upgrade 5ad410481b88 -> 2ae93c9c6191

ALTER TABLE baymodel ADD COLUMN public BOOLEAN;

UPDATE alembic_version SET version_num='2ae93c9c6191' WHERE alembic_version.version_num = '5ad410481b88';

-- Running upgrade 2ae93c9c6191 -> 33ef79969018

ALTER TABLE container ADD COLUMN memory VARCHAR(255);

UPDATE alembic_version SET version_num='33ef79969018' WHERE alembic_version.version_num = '2ae93c9c6191';

-- Running upgrade 33ef79969018 -> 417917e778f5

ALTER TABLE baymodel ADD COLUMN server_type VARCHAR(255) DEFAULT 'vm';

UPDATE alembic_version SET version_num='417917e778f5' WHERE alembic_version.version_num = '33ef79969018';

-- Running upgrade 417917e778f5 -> 5977879072a7

ALTER TABLE container ADD COLUMN environment TEXT;

UPDATE alembic_version SET version_num='5977879072a7' WHERE alembic_version.version_num = '417917e778f5';

-- Running upgrade 5977879072a7 -> 40f325033343

ALTER TABLE bay ADD COLUMN bay_create_timeout INTEGER;

UPDATE alembic_version SET version_num='40f325033343' WHERE alembic_version.version_num = '5977879072a7';

-- Running upgrade 40f325033343 -> adc3b7679ae

ALTER TABLE bay ADD COLUMN registry_trust_id VARCHAR(255);

UPDATE alembic_version SET version_num='adc3b7679ae' WHERE alembic_version.version_num = '40f325033343';

-- Running upgrade adc3b7679ae -> 57fbdf2327a2

DROP TABLE baylock;

UPDATE alembic_version SET version_num='57fbdf2327a2' WHERE alembic_version.version_num = 'adc3b7679ae';

-- Running upgrade 57fbdf2327a2 -> 05d3e97de9ee

ALTER TABLE baymodel ADD COLUMN volume_driver VARCHAR(255);

UPDATE alembic_version SET version_num='05d3e97de9ee' WHERE alembic_version.version_num = '57fbdf2327a2';

-- Running upgrade 05d3e97de9ee -> bb42b7cad130

DROP TABLE node;

UPDATE alembic_version SET version_num='bb42b7cad130' WHERE alembic_version.version_num = '05d3e97de9ee';

-- Running upgrade bb42b7cad130 -> 5d4caa6e0a42

ALTER TABLE bay RENAME registry_trust_id TO trust_id;

ALTER TABLE bay ADD COLUMN trustee_username VARCHAR(255);

ALTER TABLE bay ADD COLUMN trustee_user_id VARCHAR(255);

ALTER TABLE bay ADD COLUMN trustee_password VARCHAR(255);

UPDATE alembic_version SET version_num='5d4caa6e0a42' WHERE alembic_version.version_num = 'bb42b7cad130';

-- Running upgrade 5d4caa6e0a42 -> ee92b41b8809

CREATE TABLE quotas (
    id SERIAL NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    project_id VARCHAR(255), 
    resource VARCHAR(255), 
    hard_limit INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

ALTER TABLE quotas ADD CONSTRAINT uniq_quotas0project_id0resource UNIQUE (project_id, resource);

UPDATE alembic_version SET version_num='ee92b41b8809' WHERE alembic_version.version_num = '5d4caa6e0a42';

-- Running upgrade ee92b41b8809 -> 049f81f6f584

ALTER TABLE baymodel DROP COLUMN ssh_authorized_key;

UPDATE alembic_version SET version_num='049f81f6f584' WHERE alembic_version.version_num = 'ee92b41b8809';

-- Running upgrade 049f81f6f584 -> e647f5931da8

ALTER TABLE baymodel ADD COLUMN insecure_registry VARCHAR(255);

UPDATE alembic_version SET version_num='e647f5931da8' WHERE alembic_version.version_num = '049f81f6f584';

-- Running upgrade e647f5931da8 -> ef08a5e057bd

DROP TABLE pod;

UPDATE alembic_version SET version_num='ef08a5e057bd' WHERE alembic_version.version_num = 'e647f5931da8';

-- Running upgrade ef08a5e057bd -> d072f58ab240

ALTER TABLE x509keypair DROP COLUMN bay_uuid;

ALTER TABLE x509keypair DROP COLUMN name;

ALTER TABLE x509keypair DROP COLUMN ca_cert;

ALTER TABLE x509keypair ADD COLUMN intermediates TEXT;

ALTER TABLE x509keypair ADD COLUMN private_key_passphrase TEXT;

UPDATE alembic_version SET version_num='d072f58ab240' WHERE alembic_version.version_num = 'ef08a5e057bd';

-- Running upgrade d072f58ab240 -> a1136d335540

CREATE TYPE docker_storage_driver AS ENUM ('devicemapper', 'overlay');

ALTER TABLE baymodel ADD COLUMN docker_storage_driver docker_storage_driver;

UPDATE alembic_version SET version_num='a1136d335540' WHERE alembic_version.version_num = 'd072f58ab240';

-- Running upgrade a1136d335540 -> 085e601a39f6

DROP TABLE service;

UPDATE alembic_version SET version_num='085e601a39f6' WHERE alembic_version.version_num = 'a1136d335540';

-- Running upgrade 085e601a39f6 -> 68ce16dfd341

ALTER TABLE baymodel ADD COLUMN master_lb_enabled BOOLEAN;

UPDATE alembic_version SET version_num='68ce16dfd341' WHERE alembic_version.version_num = '085e601a39f6';

-- Running upgrade 68ce16dfd341 -> e0653b2d5271

ALTER TABLE baymodel ADD COLUMN fixed_subnet VARCHAR(255);

UPDATE alembic_version SET version_num='e0653b2d5271' WHERE alembic_version.version_num = '68ce16dfd341';

-- Running upgrade e0653b2d5271 -> 1f196a3dabae

DROP TABLE container;

UPDATE alembic_version SET version_num='1f196a3dabae' WHERE alembic_version.version_num = 'e0653b2d5271';

-- Running upgrade 1f196a3dabae -> 859fb45df249

DROP TABLE replicationcontroller;

UPDATE alembic_version SET version_num='859fb45df249' WHERE alembic_version.version_num = '1f196a3dabae';

-- Running upgrade 859fb45df249 -> b1f612248cab

ALTER TABLE baymodel ADD COLUMN floating_ip_enabled BOOLEAN;

UPDATE alembic_version SET version_num='b1f612248cab' WHERE alembic_version.version_num = '859fb45df249';

-- Running upgrade b1f612248cab -> fcb4efee8f8b

ALTER TABLE bay ADD COLUMN coe_version VARCHAR(255);

ALTER TABLE bay ADD COLUMN container_version VARCHAR(255);

UPDATE alembic_version SET version_num='fcb4efee8f8b' WHERE alembic_version.version_num = 'b1f612248cab';

-- Running upgrade fcb4efee8f8b -> fb03fdef8919

ALTER TABLE baymodel RENAME TO cluster_template;

UPDATE alembic_version SET version_num='fb03fdef8919' WHERE alembic_version.version_num = 'fcb4efee8f8b';

-- Running upgrade fb03fdef8919 -> 720f640f43d1

ALTER TABLE bay RENAME baymodel_id TO cluster_template_id;

ALTER TABLE bay RENAME bay_create_timeout TO create_timeout;

ALTER TABLE bay RENAME TO cluster;

UPDATE alembic_version SET version_num='720f640f43d1' WHERE alembic_version.version_num = 'fb03fdef8919';

-- Running upgrade 720f640f43d1 -> bc46ba6cf949

ALTER TABLE cluster ADD COLUMN keypair VARCHAR(255);

UPDATE alembic_version SET version_num='bc46ba6cf949' WHERE alembic_version.version_num = '720f640f43d1';

-- Running upgrade bc46ba6cf949 -> aa0cc27839af

ALTER TABLE cluster ADD COLUMN docker_volume_size INTEGER;

UPDATE alembic_version SET version_num='aa0cc27839af' WHERE alembic_version.version_num = 'bc46ba6cf949';

-- Running upgrade aa0cc27839af -> a0e7c8450ab1

ALTER TABLE cluster ADD COLUMN labels TEXT;

UPDATE alembic_version SET version_num='a0e7c8450ab1' WHERE alembic_version.version_num = 'aa0cc27839af';

-- Running upgrade a0e7c8450ab1 -> 52bcaf58fecb

ALTER TABLE cluster ADD COLUMN master_flavor_id VARCHAR(255);

UPDATE alembic_version SET version_num='52bcaf58fecb' WHERE alembic_version.version_num = 'a0e7c8450ab1';

-- Running upgrade 52bcaf58fecb -> 04c625aa95ba

ALTER TABLE cluster_template ALTER COLUMN docker_storage_driver TYPE VARCHAR(512);

ALTER TABLE cluster_template ALTER COLUMN docker_storage_driver DROP NOT NULL;

UPDATE alembic_version SET version_num='04c625aa95ba' WHERE alembic_version.version_num = '52bcaf58fecb';

-- Running upgrade 04c625aa95ba -> 041d9a0f1159

ALTER TABLE cluster ADD COLUMN flavor_id VARCHAR(255);

UPDATE alembic_version SET version_num='041d9a0f1159' WHERE alembic_version.version_num = '04c625aa95ba';

-- Running upgrade 041d9a0f1159 -> 9a1539f1cd2c

CREATE TABLE federation (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    project_id VARCHAR(255), 
    uuid VARCHAR(36), 
    name VARCHAR(255), 
    hostcluster_id VARCHAR(255), 
    member_ids TEXT, 
    status VARCHAR(20), 
    status_reason TEXT, 
    properties TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_federation0uuid UNIQUE (uuid)
);

UPDATE alembic_version SET version_num='9a1539f1cd2c' WHERE alembic_version.version_num = '041d9a0f1159';

-- Running upgrade 9a1539f1cd2c -> cbbc65a86986

ALTER TABLE cluster ADD COLUMN health_status VARCHAR(20);

ALTER TABLE cluster ADD COLUMN health_status_reason TEXT;

UPDATE alembic_version SET version_num='cbbc65a86986' WHERE alembic_version.version_num = '9a1539f1cd2c';

-- Running upgrade cbbc65a86986 -> 87e62e3c7abc

ALTER TABLE cluster_template ADD COLUMN hidden BOOLEAN;

UPDATE alembic_version SET version_num='87e62e3c7abc' WHERE alembic_version.version_num = 'cbbc65a86986';

-- Running upgrade 87e62e3c7abc -> ac92cbae311c

CREATE TABLE nodegroup (
    created_at TIMESTAMP WITHOUT TIME ZONE, 
    updated_at TIMESTAMP WITHOUT TIME ZONE, 
    id SERIAL NOT NULL, 
    uuid VARCHAR(36) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    cluster_id VARCHAR(255) NOT NULL, 
    project_id VARCHAR(255) NOT NULL, 
    docker_volume_size INTEGER, 
    labels TEXT, 
    flavor_id VARCHAR(255), 
    image_id VARCHAR(255), 
    node_addresses TEXT, 
    node_count INTEGER, 
    max_node_count INTEGER, 
    min_node_count INTEGER, 
    role VARCHAR(255), 
    is_default BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT uniq_nodegroup0uuid UNIQUE (uuid), 
    CONSTRAINT uniq_nodegroup0cluster_id0name UNIQUE (cluster_id, name)
);

UPDATE alembic_version SET version_num='ac92cbae311c' WHERE alembic_version.version_num = '87e62e3c7abc';

-- Running upgrade ac92cbae311c -> 461d798132c7

SELECT cluster.uuid, cluster.name, cluster.project_id, cluster.docker_volume_size, cluster.labels, cluster.master_flavor_id, cluster.flavor_id, cluster.node_count, cluster.master_count, cluster.node_addresses, cluster.master_addresses, cluster_template.master_flavor_id, cluster_template.flavor_id, cluster_template.image_id FROM cluster INNER JOIN cluster_template ON cluster.cluster_template_id=cluster_template.uuid;

