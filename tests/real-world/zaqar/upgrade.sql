BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 001

CREATE TABLE "Queues" (
    id SERIAL NOT NULL, 
    project VARCHAR(64), 
    name VARCHAR(64), 
    metadata BYTEA, 
    PRIMARY KEY (id), 
    UNIQUE (project, name)
);

CREATE TABLE "PoolGroup" (
    name VARCHAR(64) NOT NULL, 
    PRIMARY KEY (name)
);

CREATE TABLE "Pools" (
    name VARCHAR(64) NOT NULL, 
    "group" VARCHAR(64), 
    uri VARCHAR(255) NOT NULL, 
    weight INTEGER NOT NULL, 
    options TEXT, 
    PRIMARY KEY (name), 
    FOREIGN KEY("group") REFERENCES "PoolGroup" (name) ON DELETE CASCADE, 
    UNIQUE (uri)
);

CREATE TABLE "Flavors" (
    name VARCHAR(64) NOT NULL, 
    project VARCHAR(64), 
    pool_group VARCHAR(64) NOT NULL, 
    capabilities TEXT, 
    PRIMARY KEY (name), 
    FOREIGN KEY(pool_group) REFERENCES "PoolGroup" (name) ON DELETE CASCADE
);

CREATE TABLE "Catalogue" (
    pool VARCHAR(64), 
    project VARCHAR(64), 
    queue VARCHAR(64) NOT NULL, 
    UNIQUE (project, queue), 
    FOREIGN KEY(pool) REFERENCES "Pools" (name) ON DELETE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('001') RETURNING alembic_version.version_num;

-- Running upgrade 001 -> 002

UPDATE alembic_version SET version_num='002' WHERE alembic_version.version_num = '001';

-- Running upgrade 002 -> 003

UPDATE alembic_version SET version_num='003' WHERE alembic_version.version_num = '002';

-- Running upgrade 003 -> 004

UPDATE alembic_version SET version_num='004' WHERE alembic_version.version_num = '003';

-- Running upgrade 004 -> 005

UPDATE alembic_version SET version_num='005' WHERE alembic_version.version_num = '004';

-- Running upgrade 005 -> 006

ALTER TABLE "Pools" ADD COLUMN flavor VARCHAR(64);

alter table Flavors change column pool_group pool_group varchar(64) default null;

UPDATE alembic_version SET version_num='006' WHERE alembic_version.version_num = '005';

COMMIT;

