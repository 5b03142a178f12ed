BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 48be4072fe58

CREATE TABLE conda_channel (
    id SERIAL NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    last_update TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE conda_store_configuration (
    id SERIAL NOT NULL, 
    disk_usage BIGINT, 
    free_storage BIGINT, 
    total_storage BIGINT, 
    PRIMARY KEY (id)
);

CREATE TABLE namespace (
    id SERIAL NOT NULL, 
    name VARCHAR(255), 
    deleted_on TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE specification (
    id SERIAL NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    spec JSON NOT NULL, 
    sha256 VARCHAR(255) NOT NULL, 
    created_on TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id), 
    UNIQUE (sha256)
);

CREATE TABLE conda_package (
    id SERIAL NOT NULL, 
    channel_id INTEGER, 
    build VARCHAR(64) NOT NULL, 
    build_number INTEGER NOT NULL, 
    constrains JSON, 
    depends JSON NOT NULL, 
    license TEXT, 
    license_family VARCHAR(64), 
    md5 VARCHAR(255) NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    sha256 VARCHAR(64) NOT NULL, 
    size BIGINT NOT NULL, 
    subdir VARCHAR(64), 
    timestamp BIGINT, 
    version VARCHAR(64) NOT NULL, 
    summary TEXT, 
    description TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE environment (
    id SERIAL NOT NULL, 
    namespace_id INTEGER NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    current_build_id INTEGER, 
    deleted_on TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE solve (
    id SERIAL NOT NULL, 
    specification_id INTEGER NOT NULL, 
    scheduled_on TIMESTAMP WITHOUT TIME ZONE, 
    started_on TIMESTAMP WITHOUT TIME ZONE, 
    ended_on TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TYPE buildstatus AS ENUM ('QUEUED', 'BUILDING', 'COMPLETED', 'FAILED');

CREATE TABLE build (
    id SERIAL NOT NULL, 
    specification_id INTEGER NOT NULL, 
    environment_id INTEGER NOT NULL, 
    status buildstatus, 
    size BIGINT, 
    scheduled_on TIMESTAMP WITHOUT TIME ZONE, 
    started_on TIMESTAMP WITHOUT TIME ZONE, 
    ended_on TIMESTAMP WITHOUT TIME ZONE, 
    deleted_on TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (id)
);

CREATE TABLE solve_conda_package (
    solve_id INTEGER NOT NULL, 
    conda_package_id INTEGER NOT NULL, 
    PRIMARY KEY (solve_id, conda_package_id)
);

CREATE TYPE buildartifacttype AS ENUM ('DIRECTORY', 'LOCKFILE', 'LOGS', 'YAML', 'CONDA_PACK', 'DOCKER_BLOB', 'DOCKER_MANIFEST');

CREATE TABLE build_artifact (
    id SERIAL NOT NULL, 
    build_id INTEGER, 
    artifact_type buildartifacttype NOT NULL, 
    key VARCHAR(255), 
    PRIMARY KEY (id)
);

CREATE TABLE build_conda_package (
    build_id INTEGER NOT NULL, 
    conda_package_id INTEGER NOT NULL, 
    PRIMARY KEY (build_id, conda_package_id)
);

INSERT INTO alembic_version (version_num) VALUES ('48be4072fe58') RETURNING alembic_version.version_num;

-- Running upgrade 48be4072fe58 -> 8d63a091aff8

ALTER TABLE environment ADD COLUMN description TEXT;

UPDATE alembic_version SET version_num='8d63a091aff8' WHERE alembic_version.version_num = '48be4072fe58';

-- Running upgrade 8d63a091aff8 -> 5ad723de2abd

ALTER TYPE buildartifacttype ADD VALUE 'CONTAINER_REGISTRY';;

UPDATE alembic_version SET version_num='5ad723de2abd' WHERE alembic_version.version_num = '8d63a091aff8';

-- Running upgrade 5ad723de2abd -> 16f65805dc8f

CREATE TABLE conda_package_tmp (
    id SERIAL NOT NULL, 
    channel_id INTEGER, 
    license TEXT, 
    license_family VARCHAR(64), 
    name VARCHAR(255) NOT NULL, 
    version VARCHAR(64) NOT NULL, 
    summary TEXT, 
    description TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE conda_package_build (
    id SERIAL NOT NULL, 
    package_id INTEGER, 
    channel_id INTEGER, 
    build VARCHAR(64) NOT NULL, 
    build_number INTEGER NOT NULL, 
    constrains JSON, 
    depends JSON NOT NULL, 
    md5 VARCHAR(255) NOT NULL, 
    sha256 VARCHAR(64) NOT NULL, 
    size BIGINT NOT NULL, 
    subdir VARCHAR(64), 
    timestamp BIGINT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES conda_package_tmp (id), 
    CONSTRAINT _conda_package_build_uc UNIQUE (package_id, subdir, build, build_number, sha256)
);

CREATE INDEX ix_conda_package_build_build ON conda_package_build (build);

CREATE TABLE build_conda_package_build (
    build_id INTEGER NOT NULL, 
    conda_package_build_id INTEGER NOT NULL, 
    PRIMARY KEY (build_id, conda_package_build_id), 
    FOREIGN KEY(build_id) REFERENCES build (id) ON DELETE CASCADE, 
    FOREIGN KEY(conda_package_build_id) REFERENCES conda_package_build (id) ON DELETE CASCADE
);

CREATE TABLE solve_conda_package_build (
    solve_id INTEGER NOT NULL, 
    conda_package_build_id INTEGER NOT NULL, 
    PRIMARY KEY (solve_id, conda_package_build_id), 
    FOREIGN KEY(conda_package_build_id) REFERENCES conda_package_build (id) ON DELETE CASCADE, 
    FOREIGN KEY(solve_id) REFERENCES solve (id) ON DELETE CASCADE
);

ALTER TABLE conda_package_build DROP CONSTRAINT _conda_package_build_uc;

ALTER TABLE conda_package_build ADD CONSTRAINT _conda_package_build_uc UNIQUE (channel_id, package_id, subdir, build, build_number, sha256);

ALTER TABLE conda_package_build ADD CONSTRAINT conda_package_build_channel_id_fkey FOREIGN KEY(channel_id) REFERENCES conda_channel (id);

INSERT INTO conda_package_tmp (channel_id, license, license_family, name, version, summary, description)
            SELECT channel_id, MAX(license), MAX(license_family), name, version, MAX(summary), MAX(description)
            FROM conda_package
            GROUP BY channel_id, name, version;

INSERT INTO conda_package_build (md5, constrains, sha256, build_number, timestamp, size, build, subdir, depends, package_id, channel_id)
                    SELECT DISTINCT ON(channel_id, subdir, build, build_number, sha256)
                        cp.md5,
                        cp.constrains,
                        cp.sha256,
                        cp.build_number,
                        cp.timestamp,
                        cp.size,
                        cp.build,
                        cp.subdir,
                        cp.depends,
                        tmp.id,
                        cp.channel_id
                    FROM conda_package cp
                    LEFT JOIN conda_package_tmp tmp
                        ON cp.channel_id = tmp.channel_id
                        AND cp.name = tmp.name
                        AND cp.version = tmp.version
                    ORDER BY channel_id, subdir, build, build_number, sha256;;

INSERT INTO build_conda_package_build (build_id, conda_package_build_id)
                SELECT bcp.build_id, cpb.id
                FROM build_conda_package bcp
                LEFT JOIN conda_package cp ON bcp.conda_package_id = cp.id
                LEFT JOIN conda_package_build cpb ON cp.sha256 = cpb.sha256 AND cp.channel_id = cpb.channel_id;;

INSERT INTO solve_conda_package_build (solve_id, conda_package_build_id)
                SELECT scp.solve_id, cpb.id
                FROM solve_conda_package scp
                LEFT JOIN conda_package cp ON scp.conda_package_id = cp.id
                LEFT JOIN conda_package_build cpb ON cp.sha256 = cpb.sha256 AND cp.channel_id = cpb.channel_id;;

DROP TABLE solve_conda_package;

DROP TABLE build_conda_package;

DROP TABLE conda_package;

ALTER TABLE conda_package_tmp RENAME TO conda_package;

ALTER TABLE build ADD CONSTRAINT build_specification_id_fkey FOREIGN KEY(specification_id) REFERENCES specification (id);

ALTER TABLE build ADD CONSTRAINT build_environment_id_fkey FOREIGN KEY(environment_id) REFERENCES environment (id);

DELETE FROM build_artifact
                   WHERE build_id NOT IN (SELECT DISTINCT(id) FROM build);

ALTER TABLE build_artifact ADD CONSTRAINT build_artifact_build_id_fkey FOREIGN KEY(build_id) REFERENCES build (id);

ALTER TABLE conda_package ADD CONSTRAINT _conda_package_uc UNIQUE (channel_id, name, version);

CREATE INDEX ix_conda_package_channel_id ON conda_package (channel_id);

CREATE INDEX ix_conda_package_name ON conda_package (name);

CREATE INDEX ix_conda_package_version ON conda_package (version);

ALTER TABLE conda_package ADD CONSTRAINT conda_package_channel_id_fkey FOREIGN KEY(channel_id) REFERENCES conda_channel (id);

ALTER TABLE environment ADD CONSTRAINT _namespace_name_uc UNIQUE (namespace_id, name);

ALTER TABLE environment ADD CONSTRAINT environment_namespace_id_fkey FOREIGN KEY(namespace_id) REFERENCES namespace (id);

ALTER TABLE environment ADD CONSTRAINT environment_current_build_id_fkey FOREIGN KEY(current_build_id) REFERENCES build (id);

ALTER TABLE solve ADD CONSTRAINT solve_specification_id_fkey FOREIGN KEY(specification_id) REFERENCES specification (id);

UPDATE alembic_version SET version_num='16f65805dc8f' WHERE alembic_version.version_num = '5ad723de2abd';

-- Running upgrade 16f65805dc8f -> abd7248d5327

CREATE TABLE keyvaluestore (
    id SERIAL NOT NULL, 
    prefix VARCHAR NOT NULL, 
    key VARCHAR NOT NULL, 
    value JSON, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_keyvaluestore_prefix ON keyvaluestore (prefix);

UPDATE alembic_version SET version_num='abd7248d5327' WHERE alembic_version.version_num = '16f65805dc8f';

-- Running upgrade abd7248d5327 -> b387747ca9b7

CREATE TABLE namespace_role_mapping (
    id SERIAL NOT NULL, 
    namespace_id INTEGER NOT NULL, 
    entity VARCHAR(255) NOT NULL, 
    role VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(namespace_id) REFERENCES namespace (id)
);

ALTER TABLE namespace ADD COLUMN metadata_ JSON;

UPDATE alembic_version SET version_num='b387747ca9b7' WHERE alembic_version.version_num = 'abd7248d5327';

-- Running upgrade b387747ca9b7 -> d78e9889566a

ALTER TABLE build ADD COLUMN status_info TEXT;

UPDATE alembic_version SET version_num='d78e9889566a' WHERE alembic_version.version_num = 'b387747ca9b7';

-- Running upgrade d78e9889566a -> 30b37e725c32

ALTER TABLE build ADD COLUMN build_key_version INTEGER DEFAULT '1' NOT NULL;

UPDATE alembic_version SET version_num='30b37e725c32' WHERE alembic_version.version_num = 'd78e9889566a';

-- Running upgrade 30b37e725c32 -> 771180018e1b

CREATE TABLE namespace_role_mapping_v2 (
    id SERIAL NOT NULL, 
    namespace_id INTEGER NOT NULL, 
    other_namespace_id INTEGER NOT NULL, 
    role VARCHAR(255) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(namespace_id) REFERENCES namespace (id), 
    FOREIGN KEY(other_namespace_id) REFERENCES namespace (id), 
    CONSTRAINT _uc UNIQUE (namespace_id, other_namespace_id)
);

UPDATE alembic_version SET version_num='771180018e1b' WHERE alembic_version.version_num = '30b37e725c32';

-- Running upgrade 771180018e1b -> 0f7e23ff24ee

CREATE TABLE worker (
    id SERIAL NOT NULL, 
    initialized BOOLEAN, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='0f7e23ff24ee' WHERE alembic_version.version_num = '771180018e1b';

-- Running upgrade 0f7e23ff24ee -> 57cd11b949d5

ALTER TABLE build_artifact ALTER COLUMN artifact_type TYPE VARCHAR(21);

