BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 000

CREATE TABLE revoked_token (
    uuid VARCHAR(128) NOT NULL, 
    expire INTEGER NOT NULL
);

CREATE INDEX ix_revoked_token_uuid ON revoked_token (uuid);

CREATE TABLE settings (
    key VARCHAR(128) NOT NULL, 
    value JSON
);

CREATE INDEX ix_settings_key ON settings (key);

INSERT INTO alembic_version (version_num) VALUES ('000') RETURNING alembic_version.version_num;

-- Running upgrade 000 -> 001

DROP INDEX ix_revoked_token_uuid;

ALTER TABLE revoked_token ADD CONSTRAINT pk_revoked_token PRIMARY KEY (uuid);

DROP INDEX ix_settings_key;

ALTER TABLE settings ADD CONSTRAINT pk_settings PRIMARY KEY (key);

UPDATE alembic_version SET version_num='001' WHERE alembic_version.version_num = '000';

COMMIT;

