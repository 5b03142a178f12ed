BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 96e796392533

INSERT INTO alembic_version (version_num) VALUES ('96e796392533') RETURNING alembic_version.version_num;

-- Running upgrade 96e796392533 -> dbdbc1b19cf2

CREATE TABLE transaction (
    id BIGINT NOT NULL, 
    remote_addr VARCHAR(50), 
    issued_at TIMESTAMP WITHOUT TIME ZONE
);

ALTER TABLE transaction ADD CONSTRAINT pk_transaction PRIMARY KEY (id);

CREATE SEQUENCE transaction_id_seq;

UPDATE alembic_version SET version_num='dbdbc1b19cf2' WHERE alembic_version.version_num = '96e796392533';

-- Running upgrade  -> f615cee99600

UPDATE alembic_version SET version_num='f615cee99600' WHERE alembic_version.version_num = 'dbdbc1b19cf2';

-- Running upgrade f615cee99600 -> 999c62899c20

CREATE TABLE pidstore_pid (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id SERIAL NOT NULL, 
    pid_type VARCHAR(6) NOT NULL, 
    pid_value VARCHAR(255) NOT NULL, 
    pid_provider VARCHAR(8), 
    status CHAR(1) NOT NULL, 
    object_type VARCHAR(3), 
    object_uuid UUID, 
    PRIMARY KEY (id)
);

CREATE INDEX idx_object ON pidstore_pid (object_type, object_uuid);

CREATE INDEX idx_status ON pidstore_pid (status);

CREATE UNIQUE INDEX uidx_type_pid ON pidstore_pid (pid_type, pid_value);

CREATE TABLE pidstore_recid (
    recid BIGSERIAL NOT NULL, 
    PRIMARY KEY (recid)
);

CREATE TABLE pidstore_redirect (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    pid_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(pid_id) REFERENCES pidstore_pid (id) ON DELETE RESTRICT ON UPDATE CASCADE
);

UPDATE alembic_version SET version_num='999c62899c20' WHERE alembic_version.version_num = 'f615cee99600';

-- Running upgrade  -> 8ff82dfb0be8

INSERT INTO alembic_version (version_num) VALUES ('8ff82dfb0be8') RETURNING alembic_version.version_num;

-- Running upgrade 8ff82dfb0be8 -> 4f365fced43f

CREATE TABLE subject_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    CONSTRAINT pk_subject_metadata PRIMARY KEY (id)
);

CREATE TABLE vocabularies_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    CONSTRAINT pk_vocabularies_metadata PRIMARY KEY (id)
);

CREATE TABLE vocabularies_types (
    id VARCHAR(255) NOT NULL, 
    pid_type VARCHAR(255), 
    CONSTRAINT pk_vocabularies_types PRIMARY KEY (id), 
    CONSTRAINT uq_vocabularies_types_pid_type UNIQUE (pid_type)
);

UPDATE alembic_version SET version_num='4f365fced43f' WHERE alembic_version.version_num = '8ff82dfb0be8';

-- Running upgrade 4f365fced43f -> 6312f33645c1

CREATE TABLE affiliation_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    CONSTRAINT pk_affiliation_metadata PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='6312f33645c1' WHERE alembic_version.version_num = '4f365fced43f';

-- Running upgrade 6312f33645c1 -> 4a9a4fd235f8

CREATE TABLE vocabularies_schemes (
    id VARCHAR(255) NOT NULL, 
    parent_id VARCHAR(255) NOT NULL, 
    name VARCHAR(255), 
    uri VARCHAR(255), 
    CONSTRAINT pk_vocabularies_schemes PRIMARY KEY (id, parent_id)
);

UPDATE alembic_version SET version_num='4a9a4fd235f8' WHERE alembic_version.version_num = '6312f33645c1';

-- Running upgrade 4a9a4fd235f8 -> 17c703ce1eb7

CREATE TABLE name_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    CONSTRAINT pk_name_metadata PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='17c703ce1eb7' WHERE alembic_version.version_num = '4a9a4fd235f8';

-- Running upgrade 17c703ce1eb7 -> 676dd587542d

CREATE TABLE funder_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    pid VARCHAR(255), 
    CONSTRAINT pk_funder_metadata PRIMARY KEY (id), 
    CONSTRAINT uq_funder_metadata_pid UNIQUE (pid)
);

UPDATE alembic_version SET version_num='676dd587542d' WHERE alembic_version.version_num = '17c703ce1eb7';

-- Running upgrade 676dd587542d -> e1146238edd3

CREATE TABLE award_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSONB, 
    version_id INTEGER NOT NULL, 
    pid VARCHAR(255), 
    CONSTRAINT pk_award_metadata PRIMARY KEY (id), 
    CONSTRAINT uq_award_metadata_pid UNIQUE (pid)
);

UPDATE alembic_version SET version_num='e1146238edd3' WHERE alembic_version.version_num = '676dd587542d';

-- Running upgrade e1146238edd3 -> 55a700f897b6

ALTER TABLE name_metadata ADD COLUMN pid VARCHAR(255);

UPDATE name_metadata SET pid=pidstore_pid.pid_value FROM pidstore_pid WHERE name_metadata.id = pidstore_pid.object_uuid AND pidstore_pid.object_type = 'rec' AND pidstore_pid.pid_type = 'names';

ALTER TABLE name_metadata ADD CONSTRAINT uq_name_metadata_pid UNIQUE (pid);

ALTER TABLE affiliation_metadata ADD COLUMN pid VARCHAR(255);

UPDATE affiliation_metadata SET pid=pidstore_pid.pid_value FROM pidstore_pid WHERE affiliation_metadata.id = pidstore_pid.object_uuid AND pidstore_pid.object_type = 'rec' AND pidstore_pid.pid_type = 'aff';

ALTER TABLE affiliation_metadata ADD CONSTRAINT uq_affiliation_metadata_pid UNIQUE (pid);

DELETE FROM alembic_version WHERE alembic_version.version_num = 'e1146238edd3';

UPDATE alembic_version SET version_num='55a700f897b6' WHERE alembic_version.version_num = '999c62899c20';

-- Running upgrade 55a700f897b6 -> 3ba812d80559

ALTER TABLE name_metadata ADD COLUMN internal_id VARCHAR(255);

ALTER TABLE name_metadata ADD CONSTRAINT uq_name_metadata_internal_id UNIQUE (internal_id);

UPDATE alembic_version SET version_num='3ba812d80559' WHERE alembic_version.version_num = '55a700f897b6';

-- Running upgrade 3ba812d80559 -> af2457652217

ALTER TABLE name_metadata DROP CONSTRAINT uq_name_metadata_internal_id;

CREATE INDEX ix_name_metadata_internal_id ON name_metadata (internal_id);

UPDATE alembic_version SET version_num='af2457652217' WHERE alembic_version.version_num = '3ba812d80559';

-- Running upgrade  -> aa546f2a8d2f

INSERT INTO alembic_version (version_num) VALUES ('aa546f2a8d2f') RETURNING alembic_version.version_num;

-- Running upgrade  -> 98e0a418340d

INSERT INTO alembic_version (version_num) VALUES ('98e0a418340d') RETURNING alembic_version.version_num;

-- Running upgrade  -> 843bc79c426f

INSERT INTO alembic_version (version_num) VALUES ('843bc79c426f') RETURNING alembic_version.version_num;

-- Running upgrade  -> 67ba0de65fbb

INSERT INTO alembic_version (version_num) VALUES ('67ba0de65fbb') RETURNING alembic_version.version_num;

-- Running upgrade  -> e40d93d99040

INSERT INTO alembic_version (version_num) VALUES ('e40d93d99040') RETURNING alembic_version.version_num;

-- Running upgrade e40d93d99040 -> 5e02314da32e

CREATE TABLE banners (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id SERIAL NOT NULL, 
    message TEXT NOT NULL, 
    url_path VARCHAR(255), 
    category VARCHAR(20) NOT NULL, 
    start_datetime TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    end_datetime TIMESTAMP WITHOUT TIME ZONE, 
    active BOOLEAN NOT NULL, 
    CONSTRAINT pk_banners PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='5e02314da32e' WHERE alembic_version.version_num = 'e40d93d99040';

-- Running upgrade  -> 759d47cbdba7

INSERT INTO alembic_version (version_num) VALUES ('759d47cbdba7') RETURNING alembic_version.version_num;

-- Running upgrade 759d47cbdba7 -> e655021de0de

CREATE TABLE oaiserver_set (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id SERIAL NOT NULL, 
    spec VARCHAR(255) NOT NULL, 
    name VARCHAR(255), 
    description TEXT, 
    search_pattern TEXT, 
    PRIMARY KEY (id), 
    UNIQUE (spec)
);

CREATE INDEX ix_oaiserver_set_name ON oaiserver_set (name);

UPDATE alembic_version SET version_num='e655021de0de' WHERE alembic_version.version_num = '759d47cbdba7';

-- Running upgrade e655021de0de -> 5d25c1981985

ALTER TABLE oaiserver_set ADD COLUMN system_created BOOLEAN DEFAULT false NOT NULL;

UPDATE alembic_version SET version_num='5d25c1981985' WHERE alembic_version.version_num = 'e655021de0de';

-- Running upgrade  -> 5a5428312b2b

INSERT INTO alembic_version (version_num) VALUES ('5a5428312b2b') RETURNING alembic_version.version_num;

-- Running upgrade  -> 44ab9963e8cf

INSERT INTO alembic_version (version_num) VALUES ('44ab9963e8cf') RETURNING alembic_version.version_num;

-- Running upgrade  -> 1095cdf9f350

INSERT INTO alembic_version (version_num) VALUES ('1095cdf9f350') RETURNING alembic_version.version_num;

-- Running upgrade 1095cdf9f350 -> 862037093962

CREATE TABLE records_metadata (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id UUID NOT NULL, 
    json JSON, 
    version_id INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE records_metadata_version (
    created TIMESTAMP WITHOUT TIME ZONE, 
    updated TIMESTAMP WITHOUT TIME ZONE, 
    id UUID NOT NULL, 
    json JSON, 
    version_id INTEGER, 
    transaction_id BIGINT NOT NULL, 
    end_transaction_id BIGINT, 
    operation_type SMALLINT NOT NULL, 
    PRIMARY KEY (id, transaction_id)
);

CREATE INDEX ix_records_metadata_version_end_transaction_id ON records_metadata_version (end_transaction_id);

CREATE INDEX ix_records_metadata_version_operation_type ON records_metadata_version (operation_type);

CREATE INDEX ix_records_metadata_version_transaction_id ON records_metadata_version (transaction_id);

UPDATE alembic_version SET version_num='862037093962' WHERE alembic_version.version_num = '1095cdf9f350';

-- Running upgrade 862037093962 -> 07fb52561c5c

ALTER TABLE records_metadata ALTER COLUMN json TYPE JSONB USING json::text::jsonb;

UPDATE alembic_version SET version_num='07fb52561c5c' WHERE alembic_version.version_num = '862037093962';

-- Running upgrade 07fb52561c5c -> 428b919be0ea

ALTER TABLE records_metadata_version ALTER COLUMN json TYPE JSONB USING json::text::jsonb;

UPDATE alembic_version SET version_num='428b919be0ea' WHERE alembic_version.version_num = '07fb52561c5c';

-- Running upgrade  -> 1748509182

INSERT INTO alembic_version (version_num) VALUES ('1748509182') RETURNING alembic_version.version_num;

-- Running upgrade 1748509182 -> 425b691f768b

CREATE TABLE collections_collection_tree (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id SERIAL NOT NULL, 
    community_id UUID, 
    title VARCHAR(255) NOT NULL, 
    "order" INTEGER, 
    slug VARCHAR(255) NOT NULL, 
    CONSTRAINT pk_collections_collection_tree PRIMARY KEY (id), 
    CONSTRAINT uq_collections_collection_tree_slug_community_id UNIQUE (slug, community_id)
);

CREATE INDEX ix_collections_collection_tree_community_id ON collections_collection_tree (community_id);

CREATE TABLE collections_collection (
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    id SERIAL NOT NULL, 
    slug VARCHAR(255) NOT NULL, 
    path TEXT NOT NULL, 
    tree_id INTEGER NOT NULL, 
    title VARCHAR(255) NOT NULL, 
    query TEXT NOT NULL, 
    "order" INTEGER, 
    depth INTEGER, 
    num_records INTEGER, 
    CONSTRAINT pk_collections_collection PRIMARY KEY (id), 
    CONSTRAINT fk_collections_collection_tree_id_collections_collection_tree FOREIGN KEY(tree_id) REFERENCES collections_collection_tree (id), 
    CONSTRAINT uq_collections_collection_slug_tree_id UNIQUE (slug, tree_id)
);

CREATE INDEX ix_collections_collection_path ON collections_collection (path);

UPDATE alembic_version SET version_num='425b691f768b' WHERE alembic_version.version_num = '1748509182';

-- Running upgrade  -> 371f4cbcb73d

INSERT INTO alembic_version (version_num) VALUES ('371f4cbcb73d') RETURNING alembic_version.version_num;

-- Running upgrade dbdbc1b19cf2 -> 35c1075e6360

COMMIT;

