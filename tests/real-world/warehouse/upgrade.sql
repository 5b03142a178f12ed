BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 283c68f2ab2

CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE openid_discovered (
    url TEXT NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE, 
    services BYTEA, 
    op_endpoint TEXT, 
    op_local TEXT, 
    PRIMARY KEY (url)
);

CREATE TABLE accounts_user (
    id SERIAL NOT NULL, 
    password VARCHAR(128) NOT NULL, 
    last_login TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    is_superuser BOOLEAN NOT NULL, 
    username CITEXT NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    is_staff BOOLEAN NOT NULL, 
    is_active BOOLEAN NOT NULL, 
    date_joined TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), 
    PRIMARY KEY (id), 
    CONSTRAINT accounts_user_valid_username CHECK (username ~* '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'), 
    CONSTRAINT packages_valid_name CHECK (length(username) <= 50), 
    UNIQUE (username)
);

CREATE TABLE packages (
    name TEXT NOT NULL, 
    stable_version TEXT, 
    normalized_name TEXT, 
    autohide BOOLEAN DEFAULT true, 
    comments BOOLEAN DEFAULT true, 
    bugtrack_url TEXT, 
    hosting_mode TEXT DEFAULT 'pypi-explicit' NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (name), 
    CONSTRAINT packages_valid_name CHECK (name ~* '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'::text)
);

CREATE TABLE dual (
    dummy INTEGER
);

CREATE TABLE cheesecake_main_indices (
    id SERIAL NOT NULL, 
    absolute INTEGER NOT NULL, 
    relative INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE trove_classifiers (
    id SERIAL NOT NULL, 
    classifier TEXT, 
    l2 INTEGER, 
    l3 INTEGER, 
    l4 INTEGER, 
    l5 INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT trove_classifiers_classifier_key UNIQUE (classifier)
);

CREATE INDEX trove_class_class_idx ON trove_classifiers (classifier);

CREATE INDEX trove_class_id_idx ON trove_classifiers (id);

CREATE TABLE browse_tally (
    trove_id SERIAL NOT NULL, 
    tally INTEGER, 
    PRIMARY KEY (trove_id)
);

CREATE TABLE timestamps (
    name TEXT NOT NULL, 
    value TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (name)
);

CREATE TABLE oauth_nonce (
    timestamp INTEGER NOT NULL, 
    consumer VARCHAR(32) NOT NULL, 
    nonce VARCHAR(32) NOT NULL, 
    token VARCHAR(32)
);

CREATE TABLE oid_associations (
    server_url VARCHAR(2047) NOT NULL, 
    handle VARCHAR(255) NOT NULL, 
    secret BYTEA NOT NULL, 
    issued INTEGER NOT NULL, 
    lifetime INTEGER NOT NULL, 
    assoc_type VARCHAR(64) NOT NULL, 
    PRIMARY KEY (server_url, handle), 
    CONSTRAINT secret_length_constraint CHECK (length(secret) <= 128)
);

CREATE TABLE oid_nonces (
    server_url VARCHAR(2047) NOT NULL, 
    timestamp INTEGER NOT NULL, 
    salt VARCHAR(40) NOT NULL, 
    PRIMARY KEY (server_url, timestamp, salt)
);

CREATE TABLE openid_sessions (
    id SERIAL NOT NULL, 
    url TEXT, 
    assoc_handle TEXT, 
    expires TIMESTAMP WITHOUT TIME ZONE, 
    mac_key TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE openid_nonces (
    created TIMESTAMP WITHOUT TIME ZONE, 
    nonce TEXT
);

CREATE INDEX openid_nonces_created ON openid_nonces (created);

CREATE INDEX openid_nonces_nonce ON openid_nonces (nonce);

CREATE TABLE file_registry (
    id SERIAL NOT NULL, 
    filename TEXT NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT file_registry_filename_key UNIQUE (filename)
);

CREATE TABLE openid_whitelist (
    name TEXT NOT NULL, 
    trust_root TEXT NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (name, trust_root)
);

CREATE TABLE releases (
    name TEXT NOT NULL, 
    version TEXT NOT NULL, 
    author TEXT, 
    author_email TEXT, 
    maintainer TEXT, 
    maintainer_email TEXT, 
    home_page TEXT, 
    license TEXT, 
    summary TEXT, 
    description TEXT, 
    keywords TEXT, 
    platform TEXT, 
    download_url TEXT, 
    _pypi_ordering INTEGER, 
    _pypi_hidden BOOLEAN, 
    description_html TEXT, 
    cheesecake_installability_id INTEGER, 
    cheesecake_documentation_id INTEGER, 
    cheesecake_code_kwalitee_id INTEGER, 
    requires_python TEXT, 
    description_from_readme BOOLEAN, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (name, version), 
    FOREIGN KEY(cheesecake_code_kwalitee_id) REFERENCES cheesecake_main_indices (id), 
    FOREIGN KEY(cheesecake_documentation_id) REFERENCES cheesecake_main_indices (id), 
    FOREIGN KEY(cheesecake_installability_id) REFERENCES cheesecake_main_indices (id), 
    FOREIGN KEY(name) REFERENCES packages (name) ON UPDATE CASCADE
);

CREATE INDEX release_name_created_idx ON releases (name, created DESC);

CREATE INDEX release_name_idx ON releases (name);

CREATE INDEX release_pypi_hidden_idx ON releases (_pypi_hidden);

CREATE INDEX release_version_idx ON releases (version);

CREATE TABLE mirrors (
    ip TEXT NOT NULL, 
    user_name CITEXT, 
    index_url TEXT, 
    last_modified_url TEXT, 
    local_stats_url TEXT, 
    stats_url TEXT, 
    mirrors_url TEXT, 
    PRIMARY KEY (ip), 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username)
);

CREATE TABLE oauth_consumers (
    consumer VARCHAR(32) NOT NULL, 
    secret VARCHAR(64) NOT NULL, 
    date_created DATE NOT NULL, 
    created_by CITEXT, 
    last_modified DATE NOT NULL, 
    description VARCHAR(255) NOT NULL, 
    PRIMARY KEY (consumer), 
    FOREIGN KEY(created_by) REFERENCES accounts_user (username) ON UPDATE CASCADE
);

CREATE TABLE accounts_email (
    id SERIAL NOT NULL, 
    user_id INTEGER NOT NULL, 
    email VARCHAR(254) NOT NULL, 
    "primary" BOOLEAN NOT NULL, 
    verified BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE INITIALLY DEFERRED, 
    CONSTRAINT accounts_email_email_key UNIQUE (email)
);

CREATE INDEX accounts_email_email_like ON accounts_email (email);

CREATE INDEX accounts_email_user_id ON accounts_email (user_id);

CREATE TABLE oauth_access_tokens (
    token VARCHAR(32) NOT NULL, 
    secret VARCHAR(64) NOT NULL, 
    consumer VARCHAR(32) NOT NULL, 
    date_created DATE NOT NULL, 
    last_modified DATE NOT NULL, 
    user_name CITEXT, 
    PRIMARY KEY (token), 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE csrf_tokens (
    name CITEXT NOT NULL, 
    token TEXT, 
    end_date TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (name), 
    FOREIGN KEY(name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE oauth_request_tokens (
    token VARCHAR(32) NOT NULL, 
    secret VARCHAR(64) NOT NULL, 
    consumer VARCHAR(32) NOT NULL, 
    callback TEXT, 
    date_created DATE NOT NULL, 
    user_name CITEXT, 
    PRIMARY KEY (token), 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE cookies (
    cookie TEXT NOT NULL, 
    name CITEXT, 
    last_seen TIMESTAMP WITHOUT TIME ZONE, 
    PRIMARY KEY (cookie), 
    FOREIGN KEY(name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX cookies_last_seen ON cookies (last_seen);

CREATE TABLE openids (
    id TEXT NOT NULL, 
    name CITEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE sshkeys (
    id SERIAL NOT NULL, 
    name CITEXT, 
    key TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(name) REFERENCES accounts_user (username) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX sshkeys_name ON sshkeys (name);

CREATE TABLE rego_otk (
    name CITEXT, 
    otk TEXT, 
    date TIMESTAMP WITHOUT TIME ZONE, 
    FOREIGN KEY(name) REFERENCES accounts_user (username) ON DELETE CASCADE, 
    CONSTRAINT rego_otk_unique UNIQUE (otk)
);

CREATE INDEX rego_otk_name_idx ON rego_otk (name);

CREATE INDEX rego_otk_otk_idx ON rego_otk (otk);

CREATE TABLE cheesecake_subindices (
    main_index_id INTEGER NOT NULL, 
    name TEXT NOT NULL, 
    value INTEGER NOT NULL, 
    details TEXT NOT NULL, 
    PRIMARY KEY (main_index_id, name), 
    FOREIGN KEY(main_index_id) REFERENCES cheesecake_main_indices (id)
);

CREATE TABLE accounts_gpgkey (
    id SERIAL NOT NULL, 
    user_id INTEGER NOT NULL, 
    key_id CITEXT NOT NULL, 
    verified BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT accounts_gpgkey_valid_key_id CHECK (key_id ~* '^[A-F0-9]{8}$'::citext), 
    FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE INITIALLY DEFERRED, 
    CONSTRAINT accounts_gpgkey_key_id_key UNIQUE (key_id)
);

CREATE INDEX accounts_gpgkey_user_id ON accounts_gpgkey (user_id);

CREATE TABLE roles (
    role_name TEXT, 
    user_name CITEXT, 
    package_name TEXT, 
    FOREIGN KEY(package_name) REFERENCES packages (name) ON UPDATE CASCADE, 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username) ON UPDATE CASCADE
);

CREATE INDEX roles_pack_name_idx ON roles (package_name);

CREATE INDEX roles_user_name_idx ON roles (user_name);

CREATE TABLE journals (
    id SERIAL NOT NULL, 
    name TEXT, 
    version TEXT, 
    action TEXT, 
    submitted_date TIMESTAMP WITHOUT TIME ZONE, 
    submitted_by CITEXT, 
    submitted_from TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(submitted_by) REFERENCES accounts_user (username) ON UPDATE CASCADE
);

CREATE INDEX journals_changelog ON journals (submitted_date, name, version, action);

CREATE INDEX journals_id_idx ON journals (id);

CREATE INDEX journals_latest_releases ON journals (submitted_date, name, version) WHERE journals.version IS NOT NULL AND journals.action = 'new release';

CREATE INDEX journals_name_idx ON journals (name);

CREATE INDEX journals_version_idx ON journals (version);

CREATE TABLE ratings (
    id SERIAL NOT NULL, 
    name TEXT NOT NULL, 
    version TEXT NOT NULL, 
    user_name CITEXT NOT NULL, 
    date TIMESTAMP WITHOUT TIME ZONE, 
    rating INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON DELETE CASCADE ON UPDATE CASCADE, 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username) ON DELETE CASCADE, 
    CONSTRAINT ratings_name_key UNIQUE (name, version, user_name)
);

CREATE INDEX rating_name_version ON ratings (name, version);

CREATE TABLE release_classifiers (
    name TEXT, 
    version TEXT, 
    trove_id INTEGER, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE, 
    FOREIGN KEY(trove_id) REFERENCES trove_classifiers (id)
);

CREATE INDEX rel_class_name_idx ON release_classifiers (name);

CREATE INDEX rel_class_name_version_idx ON release_classifiers (name, version);

CREATE INDEX rel_class_trove_id_idx ON release_classifiers (trove_id);

CREATE INDEX rel_class_version_id_idx ON release_classifiers (version);

CREATE TABLE release_urls (
    name TEXT, 
    version TEXT, 
    url TEXT, 
    packagetype TEXT, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE
);

CREATE INDEX release_urls_name_idx ON release_urls (name);

CREATE INDEX release_urls_packagetype_idx ON release_urls (packagetype);

CREATE INDEX release_urls_version_idx ON release_urls (version);

CREATE TABLE release_dependencies (
    name TEXT, 
    version TEXT, 
    kind INTEGER, 
    specifier TEXT, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE
);

CREATE INDEX rel_dep_name_idx ON release_dependencies (name);

CREATE INDEX rel_dep_name_version_idx ON release_dependencies (name, version);

CREATE INDEX rel_dep_name_version_kind_idx ON release_dependencies (name, version, kind);

CREATE TABLE comments_journal (
    name TEXT, 
    version TEXT, 
    id INTEGER, 
    submitted_by CITEXT, 
    date TIMESTAMP WITHOUT TIME ZONE, 
    action TEXT, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON DELETE CASCADE ON UPDATE CASCADE, 
    FOREIGN KEY(submitted_by) REFERENCES accounts_user (username) ON DELETE CASCADE
);

CREATE TABLE release_files (
    name TEXT, 
    version TEXT, 
    python_version TEXT, 
    packagetype TEXT, 
    comment_text TEXT, 
    filename TEXT, 
    md5_digest TEXT, 
    downloads INTEGER DEFAULT 0, 
    upload_time TIMESTAMP WITHOUT TIME ZONE, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE, 
    CONSTRAINT release_files_filename_key UNIQUE (filename), 
    CONSTRAINT release_files_md5_digest_key UNIQUE (md5_digest)
);

CREATE INDEX release_files_name_idx ON release_files (name);

CREATE INDEX release_files_name_version_idx ON release_files (name, version);

CREATE INDEX release_files_packagetype_idx ON release_files (packagetype);

CREATE INDEX release_files_version_idx ON release_files (version);

CREATE TABLE release_requires_python (
    name TEXT, 
    version TEXT, 
    specifier TEXT, 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE
);

CREATE INDEX rel_req_python_name_idx ON release_requires_python (name);

CREATE INDEX rel_req_python_name_version_idx ON release_requires_python (name, version);

CREATE INDEX rel_req_python_version_id_idx ON release_requires_python (version);

CREATE TABLE description_urls (
    id SERIAL NOT NULL, 
    name TEXT, 
    version TEXT, 
    url TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(name, version) REFERENCES releases (name, version) ON UPDATE CASCADE
);

CREATE INDEX description_urls_name_idx ON description_urls (name);

CREATE INDEX description_urls_name_version_idx ON description_urls (name, version);

CREATE TABLE comments (
    id SERIAL NOT NULL, 
    rating INTEGER, 
    user_name CITEXT, 
    date TIMESTAMP WITHOUT TIME ZONE, 
    message TEXT, 
    in_reply_to INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(in_reply_to) REFERENCES comments (id) ON DELETE CASCADE, 
    FOREIGN KEY(rating) REFERENCES ratings (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_name) REFERENCES accounts_user (username) ON DELETE CASCADE
);

CREATE INDEX releases_name_ts_idx
            ON releases
            USING gin
            (to_tsvector('english'::regconfig, name));

CREATE INDEX releases_summary_ts_idx
            ON releases
            USING gin
            (to_tsvector('english'::regconfig, summary));;

INSERT INTO alembic_version (version_num) VALUES ('283c68f2ab2') RETURNING alembic_version.version_num;

-- Running upgrade 283c68f2ab2 -> 128a0ead322

CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE roles ADD COLUMN id UUID DEFAULT gen_random_uuid() NOT NULL;

UPDATE alembic_version SET version_num='128a0ead322' WHERE alembic_version.version_num = '283c68f2ab2';

-- Running upgrade 128a0ead322 -> 5988e3e8d2e

ALTER TABLE release_files ADD COLUMN id UUID DEFAULT gen_random_uuid() NOT NULL;

UPDATE alembic_version SET version_num='5988e3e8d2e' WHERE alembic_version.version_num = '128a0ead322';

-- Running upgrade 5988e3e8d2e -> 111d8fc0443

CREATE TYPE package_type AS ENUM ('bdist_dmg', 'bdist_dumb', 'bdist_egg', 'bdist_msi', 'bdist_rpm', 'bdist_wheel', 'bdist_wininst', 'sdist');

ALTER TABLE release_files
                ALTER COLUMN packagetype
                TYPE package_type
                USING packagetype::package_type;

UPDATE alembic_version SET version_num='111d8fc0443' WHERE alembic_version.version_num = '5988e3e8d2e';

-- Running upgrade 111d8fc0443 -> 20f4dbe11e9

CREATE FUNCTION normalize_pep426_name(text) RETURNS text AS $$
                SELECT lower(
                    regexp_replace(
                        regexp_replace(
                            regexp_replace($1, '(\.|_)', '-', 'ig'),
                            '(1|l|I)', '1', 'ig'
                        ),
                        '(0|0)', '0', 'ig'
                    )
                )
            $$
            LANGUAGE SQL
            IMMUTABLE
            RETURNS NULL ON NULL INPUT;;

UPDATE alembic_version SET version_num='20f4dbe11e9' WHERE alembic_version.version_num = '111d8fc0443';

-- Running upgrade 20f4dbe11e9 -> 91508cc5c2

CREATE UNIQUE INDEX project_name_pep426_normalized
            ON packages
            (normalize_pep426_name(name));

UPDATE alembic_version SET version_num='91508cc5c2' WHERE alembic_version.version_num = '20f4dbe11e9';

-- Running upgrade 91508cc5c2 -> 28a7e805fd0

ALTER TABLE packages DROP COLUMN normalized_name;

UPDATE alembic_version SET version_num='28a7e805fd0' WHERE alembic_version.version_num = '91508cc5c2';

-- Running upgrade 91508cc5c2 -> 23a3c4ffe5d

DROP INDEX project_name_pep426_normalized;

CREATE OR REPLACE FUNCTION normalize_pep426_name(text)
            RETURNS text AS
            $$
                SELECT lower(regexp_replace($1, '(\.|_)', '-', 'ig'))
            $$
            LANGUAGE SQL
            IMMUTABLE
            RETURNS NULL ON NULL INPUT;;

INSERT INTO alembic_version (version_num) VALUES ('23a3c4ffe5d') RETURNING alembic_version.version_num;

-- Running upgrade 23a3c4ffe5d -> 1ce6d45d7ef

CREATE UNIQUE INDEX project_name_pep426_normalized
            ON packages
            (normalize_pep426_name(name));

UPDATE alembic_version SET version_num='1ce6d45d7ef' WHERE alembic_version.version_num = '23a3c4ffe5d';

-- Running upgrade 283c68f2ab2 -> 1f002cab0a7

ALTER TABLE packages ADD COLUMN has_docs BOOLEAN;

ALTER TABLE release_files ADD COLUMN has_signature BOOLEAN;

ALTER TABLE release_files ADD COLUMN size INTEGER;

INSERT INTO alembic_version (version_num) VALUES ('1f002cab0a7') RETURNING alembic_version.version_num;

-- Running upgrade 1f002cab0a7, 28a7e805fd0 -> 49b93c346db

DELETE FROM alembic_version WHERE alembic_version.version_num = '1f002cab0a7';

UPDATE alembic_version SET version_num='49b93c346db' WHERE alembic_version.version_num = '28a7e805fd0';

-- Running upgrade 49b93c346db -> 41e9207fbe5

ALTER TABLE releases DROP COLUMN description_html;

UPDATE alembic_version SET version_num='41e9207fbe5' WHERE alembic_version.version_num = '49b93c346db';

-- Running upgrade 41e9207fbe5, 1ce6d45d7ef -> 57b1053998d

DELETE FROM alembic_version WHERE alembic_version.version_num = '41e9207fbe5';

UPDATE alembic_version SET version_num='57b1053998d' WHERE alembic_version.version_num = '1ce6d45d7ef';

-- Running upgrade 57b1053998d -> 312040efcfe

ALTER TABLE release_files ALTER COLUMN upload_time SET DEFAULT now();

UPDATE alembic_version SET version_num='312040efcfe' WHERE alembic_version.version_num = '57b1053998d';

-- Running upgrade 312040efcfe -> 5ff0c99c94

ALTER TABLE release_dependencies ADD COLUMN id UUID DEFAULT gen_random_uuid() NOT NULL;

UPDATE alembic_version SET version_num='5ff0c99c94' WHERE alembic_version.version_num = '312040efcfe';

-- Running upgrade 5ff0c99c94 -> 3af8d0006ba

CREATE OR REPLACE FUNCTION normalize_pep426_name(text)
            RETURNS text AS
            $$
                SELECT lower(regexp_replace($1, '(\.|_|-)+', '-', 'ig'))
            $$
            LANGUAGE SQL
            IMMUTABLE
            RETURNS NULL ON NULL INPUT;;

REINDEX INDEX project_name_pep426_normalized;

UPDATE alembic_version SET version_num='3af8d0006ba' WHERE alembic_version.version_num = '5ff0c99c94';

-- Running upgrade 3af8d0006ba -> 41abd35caa3

CREATE INDEX release_created_idx ON releases (created DESC);

UPDATE alembic_version SET version_num='41abd35caa3' WHERE alembic_version.version_num = '3af8d0006ba';

-- Running upgrade 41abd35caa3 -> 10cb17aea73

ALTER TABLE packages ALTER COLUMN hosting_mode SET DEFAULT 'pypi-only';

UPDATE alembic_version SET version_num='10cb17aea73' WHERE alembic_version.version_num = '41abd35caa3';

-- Running upgrade 10cb17aea73 -> 9177113533

ALTER TABLE packages ADD COLUMN upload_limit INTEGER;

UPDATE alembic_version SET version_num='9177113533' WHERE alembic_version.version_num = '10cb17aea73';

-- Running upgrade 9177113533 -> 4ec0adada10

CREATE FUNCTION sitemap_bucket(text) RETURNS text AS $$
                SELECT substring(
                    encode(digest($1, 'sha512'), 'hex')
                    from 1
                    for 1
                )
            $$
            LANGUAGE SQL
            IMMUTABLE
            RETURNS NULL ON NULL INPUT;;

UPDATE alembic_version SET version_num='4ec0adada10' WHERE alembic_version.version_num = '9177113533';

-- Running upgrade 4ec0adada10 -> 5345b1bc8b9

ALTER TABLE packages ADD COLUMN sitemap_bucket TEXT;

UPDATE packages
        SET sitemap_bucket = sitemap_bucket(name)
        WHERE sitemap_bucket IS NULL;

ALTER TABLE packages ALTER COLUMN sitemap_bucket SET NOT NULL;

CREATE OR REPLACE FUNCTION maintain_project_sitemap_bucket()
            RETURNS TRIGGER AS $$
                BEGIN
                    NEW.sitemap_bucket := sitemap_bucket(NEW.name);
                    RETURN NEW;
                END;
            $$
            LANGUAGE plpgsql;

CREATE TRIGGER projects_update_sitemap_bucket
            BEFORE INSERT OR UPDATE OF name ON packages
            FOR EACH ROW
            EXECUTE PROCEDURE maintain_project_sitemap_bucket();

UPDATE alembic_version SET version_num='5345b1bc8b9' WHERE alembic_version.version_num = '4ec0adada10';

-- Running upgrade 5345b1bc8b9 -> 116be7c87e1

ALTER TABLE accounts_user ADD COLUMN sitemap_bucket TEXT;

UPDATE accounts_user
        SET sitemap_bucket = sitemap_bucket(username)
        WHERE sitemap_bucket IS NULL;

ALTER TABLE accounts_user ALTER COLUMN sitemap_bucket SET NOT NULL;

CREATE OR REPLACE FUNCTION maintain_accounts_user_sitemap_bucket()
            RETURNS TRIGGER AS $$
                BEGIN
                    NEW.sitemap_bucket := sitemap_bucket(NEW.username);
                    RETURN NEW;
                END;
            $$
            LANGUAGE plpgsql;

CREATE TRIGGER accounts_user_update_sitemap_bucket
            BEFORE INSERT OR UPDATE OF username ON accounts_user
            FOR EACH ROW
            EXECUTE PROCEDURE maintain_accounts_user_sitemap_bucket();

UPDATE alembic_version SET version_num='116be7c87e1' WHERE alembic_version.version_num = '5345b1bc8b9';

-- Running upgrade 116be7c87e1 -> 18e4cf2bb3e

ALTER TABLE openids ADD COLUMN sub TEXT;

CREATE UNIQUE INDEX openids_subkey ON openids (sub);

UPDATE alembic_version SET version_num='18e4cf2bb3e' WHERE alembic_version.version_num = '116be7c87e1';

-- Running upgrade 18e4cf2bb3e -> 3bc5176b880

CREATE TABLE row_counts (
    id UUID DEFAULT gen_random_uuid() NOT NULL, 
    table_name TEXT NOT NULL, 
    count BIGINT DEFAULT 0 NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (table_name)
);

CREATE FUNCTION count_rows()
            RETURNS TRIGGER AS
            '
                BEGIN
                    IF TG_OP = ''INSERT'' THEN
                        UPDATE row_counts
                        SET count = count + 1
                        WHERE table_name = TG_RELNAME;
                    ELSIF TG_OP = ''DELETE'' THEN
                        UPDATE row_counts
                        SET count = count - 1
                        WHERE table_name = TG_RELNAME;
                    END IF;

                    RETURN NULL;
                END;
            ' LANGUAGE plpgsql;;

LOCK TABLE packages IN SHARE ROW EXCLUSIVE MODE;

LOCK TABLE releases IN SHARE ROW EXCLUSIVE MODE;

LOCK TABLE release_files IN SHARE ROW EXCLUSIVE MODE;

LOCK TABLE accounts_user IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER update_row_count
            AFTER INSERT OR DELETE ON packages
            FOR EACH ROW
            EXECUTE PROCEDURE count_rows();;

CREATE TRIGGER update_row_count
            AFTER INSERT OR DELETE ON releases
            FOR EACH ROW
            EXECUTE PROCEDURE count_rows();;

CREATE TRIGGER update_row_count
            AFTER INSERT OR DELETE ON release_files
            FOR EACH ROW
            EXECUTE PROCEDURE count_rows();;

CREATE TRIGGER update_row_count
            AFTER INSERT OR DELETE ON accounts_user
            FOR EACH ROW
            EXECUTE PROCEDURE count_rows();;

INSERT INTO row_counts (table_name, count)
            VALUES  ('packages',  (SELECT COUNT(*) FROM packages));;

INSERT INTO row_counts (table_name, count)
            VALUES  ('releases',  (SELECT COUNT(*) FROM releases));;

INSERT INTO row_counts (table_name, count)
            VALUES  ('release_files',  (SELECT COUNT(*) FROM release_files));;

INSERT INTO row_counts (table_name, count)
            VALUES  ('accounts_user',  (SELECT COUNT(*) FROM accounts_user));;

UPDATE alembic_version SET version_num='3bc5176b880' WHERE alembic_version.version_num = '18e4cf2bb3e';

-- Running upgrade 3bc5176b880 -> 6a03266b2d

CREATE FUNCTION array_idx(anyarray, anyelement)
            RETURNS INT AS
            $$
                SELECT i FROM (
                    SELECT generate_series(array_lower($1,1),array_upper($1,1))
                ) g(i)
                WHERE $1[i] = $2
                LIMIT 1;
            $$ LANGUAGE SQL IMMUTABLE;;

UPDATE alembic_version SET version_num='6a03266b2d' WHERE alembic_version.version_num = '3bc5176b880';

-- Running upgrade 6a03266b2d -> 477bc785c999

ALTER TABLE journals ALTER COLUMN submitted_date SET NOT NULL;

ALTER TABLE journals ALTER COLUMN submitted_date SET DEFAULT now();

UPDATE alembic_version SET version_num='477bc785c999' WHERE alembic_version.version_num = '6a03266b2d';

-- Running upgrade 477bc785c999 -> d8301a1bf519

ALTER TABLE release_files ADD COLUMN sha256_digest CITEXT;

ALTER TABLE release_files ADD UNIQUE (sha256_digest);

ALTER TABLE release_files ADD CHECK (sha256_digest ~* '^[A-F0-9]{64}$');

UPDATE alembic_version SET version_num='d8301a1bf519' WHERE alembic_version.version_num = '477bc785c999';

-- Running upgrade d8301a1bf519 -> f392e419ea1b

ALTER TABLE release_files ALTER COLUMN sha256_digest SET NOT NULL;

UPDATE alembic_version SET version_num='f392e419ea1b' WHERE alembic_version.version_num = 'd8301a1bf519';

-- Running upgrade f392e419ea1b -> 6ff880c36cd9

ALTER TABLE release_files ADD COLUMN path TEXT;

ALTER TABLE release_files ADD UNIQUE (path);

UPDATE alembic_version SET version_num='6ff880c36cd9' WHERE alembic_version.version_num = 'f392e419ea1b';

-- Running upgrade 6ff880c36cd9 -> f46672a776f1

UPDATE release_files
               SET path = concat_ws(
                            '/',
                            python_version,
                            substring(name, 1, 1),
                            name,
                            filename
                          )
             WHERE path IS NULL;

ALTER TABLE release_files ALTER COLUMN path SET NOT NULL;

UPDATE alembic_version SET version_num='f46672a776f1' WHERE alembic_version.version_num = '6ff880c36cd9';

-- Running upgrade f46672a776f1 -> 0977b97fce94

ALTER TABLE release_files ADD COLUMN blake2_256_digest CITEXT;

ALTER TABLE release_files ADD UNIQUE (blake2_256_digest);

ALTER TABLE release_files ADD CHECK (sha256_digest ~* '^[A-F0-9]{64}$');

UPDATE alembic_version SET version_num='0977b97fce94' WHERE alembic_version.version_num = 'f46672a776f1';

-- Running upgrade 0977b97fce94 -> fb3278418206

ALTER TABLE release_files ALTER COLUMN blake2_256_digest SET NOT NULL;

ALTER TABLE release_files ALTER COLUMN md5_digest SET NOT NULL;

UPDATE alembic_version SET version_num='fb3278418206' WHERE alembic_version.version_num = '0977b97fce94';

-- Running upgrade fb3278418206 -> 104b4c56862b

LOCK TABLE packages IN EXCLUSIVE MODE;

LOCK TABLE journals IN EXCLUSIVE MODE;

ALTER TABLE packages ADD COLUMN last_serial INTEGER DEFAULT 0;

UPDATE packages
            SET last_serial = j.last_serial
            FROM (
                SELECT name,
                       max(id) as last_serial
                FROM journals
                GROUP BY name
            ) as j
            WHERE j.name = packages.name;

ALTER TABLE packages ALTER COLUMN last_serial SET NOT NULL;

CREATE OR REPLACE FUNCTION maintain_project_last_serial()
            RETURNS TRIGGER AS $$
            DECLARE
                targeted_name text;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    targeted_name := NEW.name;
                ELSEIF TG_OP = 'UPDATE' THEN
                    targeted_name := NEW.name;
                ELSIF TG_OP = 'DELETE' THEN
                    targeted_name := OLD.name;
                END IF;

                UPDATE packages
                SET last_serial = j.last_serial
                FROM (
                    SELECT max(id) as last_serial
                    FROM journals
                    WHERE journals.name = targeted_name
                ) as j
                WHERE packages.name = targeted_name;

                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;;

CREATE TRIGGER update_project_last_serial
            AFTER INSERT OR UPDATE OR DELETE ON journals
            FOR EACH ROW EXECUTE PROCEDURE maintain_project_last_serial();;

UPDATE alembic_version SET version_num='104b4c56862b' WHERE alembic_version.version_num = 'fb3278418206';

-- Running upgrade 104b4c56862b -> a65114e48d6f

ALTER TABLE accounts_user ALTER COLUMN last_login SET DEFAULT now();

UPDATE alembic_version SET version_num='a65114e48d6f' WHERE alembic_version.version_num = '104b4c56862b';

-- Running upgrade a65114e48d6f -> 039f45e2dbf9

ALTER TABLE accounts_user ADD COLUMN password_date TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE accounts_user ALTER COLUMN password_date SET DEFAULT now();

CREATE FUNCTION update_password_date()
            RETURNS TRIGGER AS $$
                BEGIN
                    NEW.password_date = now();
                    RETURN NEW;
                END;
            $$ LANGUAGE plpgsql;;

CREATE TRIGGER update_user_password_date
            BEFORE UPDATE OF password ON accounts_user
            FOR EACH ROW
            WHEN (OLD.password IS DISTINCT FROM NEW.password)
            EXECUTE PROCEDURE update_password_date();

UPDATE alembic_version SET version_num='039f45e2dbf9' WHERE alembic_version.version_num = 'a65114e48d6f';

-- Running upgrade 039f45e2dbf9 -> 8c8be2c0e69e

ALTER TABLE accounts_user ADD COLUMN new_id UUID DEFAULT gen_random_uuid() NOT NULL;

ALTER TABLE accounts_email ADD COLUMN new_user_id UUID;

ALTER TABLE accounts_gpgkey ADD COLUMN new_user_id UUID;

UPDATE accounts_email
            SET new_user_id = accounts_user.new_id
            FROM accounts_user
            WHERE accounts_email.user_id = accounts_user.id;

UPDATE accounts_gpgkey
            SET new_user_id = accounts_user.new_id
            FROM accounts_user
            WHERE accounts_gpgkey.user_id = accounts_user.id;

ALTER TABLE accounts_email ALTER COLUMN new_user_id SET NOT NULL;

ALTER TABLE accounts_gpgkey ALTER COLUMN new_user_id SET NOT NULL;

ALTER TABLE accounts_email DROP CONSTRAINT accounts_email_user_id_fkey;

ALTER TABLE accounts_email DROP COLUMN user_id;

ALTER TABLE accounts_email RENAME new_user_id TO user_id;

ALTER TABLE accounts_gpgkey DROP CONSTRAINT accounts_gpgkey_user_id_fkey;

ALTER TABLE accounts_gpgkey DROP COLUMN user_id;

ALTER TABLE accounts_gpgkey RENAME new_user_id TO user_id;

ALTER TABLE accounts_user DROP CONSTRAINT accounts_user_pkey;

ALTER TABLE accounts_user ADD PRIMARY KEY (new_id);

ALTER TABLE accounts_user DROP COLUMN id;

ALTER TABLE accounts_user RENAME new_id TO id;

ALTER TABLE accounts_email ADD FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE;

ALTER TABLE accounts_gpgkey ADD FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE;

UPDATE alembic_version SET version_num='8c8be2c0e69e' WHERE alembic_version.version_num = '039f45e2dbf9';

-- Running upgrade 8c8be2c0e69e -> 3d2b8a42219a

ALTER TABLE packages ADD COLUMN allow_legacy_files BOOLEAN;

UPDATE packages SET allow_legacy_files = 't';

ALTER TABLE packages ALTER COLUMN allow_legacy_files SET NOT NULL;

ALTER TABLE packages ALTER COLUMN allow_legacy_files SET DEFAULT false;

UPDATE alembic_version SET version_num='3d2b8a42219a' WHERE alembic_version.version_num = '8c8be2c0e69e';

-- Running upgrade 3d2b8a42219a -> be4cf6b58557

ALTER TABLE release_files ADD COLUMN requires_python TEXT;

UPDATE release_files
            SET requires_python = releases.requires_python
            FROM releases
            WHERE
                release_files.name=releases.name
                AND release_files.version=releases.version;;

CREATE OR REPLACE FUNCTION update_release_files_requires_python()
            RETURNS TRIGGER AS $$
            BEGIN
                UPDATE
                    release_files
                SET
                    requires_python = releases.requires_python
                FROM releases
                WHERE
                    release_files.name=releases.name
                    AND release_files.version=releases.version
                    AND release_files.name = NEW.name
                    AND releases.version = NEW.version;
                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql;;

CREATE TRIGGER releases_requires_python
            AFTER INSERT OR UPDATE OF requires_python ON releases
            FOR EACH ROW
                EXECUTE PROCEDURE update_release_files_requires_python();;

UPDATE alembic_version SET version_num='be4cf6b58557' WHERE alembic_version.version_num = '3d2b8a42219a';

-- Running upgrade be4cf6b58557 -> e7b09b5c089d

CREATE FUNCTION pep440_is_prerelease(text) returns boolean as $$
                SELECT lower($1) ~* '(a|b|rc|dev|alpha|beta|c|pre|preview)'
            $$
            LANGUAGE SQL
            IMMUTABLE
            RETURNS NULL ON NULL INPUT;;

UPDATE alembic_version SET version_num='e7b09b5c089d' WHERE alembic_version.version_num = 'be4cf6b58557';

-- Running upgrade e7b09b5c089d -> 99291f0fe9c2

UPDATE release_files
            SET requires_python = releases.requires_python
            FROM releases
            WHERE
                release_files.name=releases.name
                AND release_files.version=releases.version;;

CREATE TRIGGER release_files_requires_python
              AFTER INSERT ON release_files
              FOR EACH ROW
                  EXECUTE PROCEDURE update_release_files_requires_python();;

UPDATE alembic_version SET version_num='99291f0fe9c2' WHERE alembic_version.version_num = 'e7b09b5c089d';

-- Running upgrade 99291f0fe9c2 -> b8fda0d7fbb5

CREATE INDEX accounts_email_user_id ON accounts_email (user_id);

ALTER TABLE accounts_email DROP CONSTRAINT accounts_email_user_id_fkey;

ALTER TABLE accounts_email ADD FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE INITIALLY DEFERRED;

CREATE INDEX accounts_gpgkey_user_id ON accounts_gpgkey (user_id);

ALTER TABLE accounts_gpgkey DROP CONSTRAINT accounts_gpgkey_user_id_fkey;

ALTER TABLE accounts_gpgkey ADD FOREIGN KEY(user_id) REFERENCES accounts_user (id) DEFERRABLE INITIALLY DEFERRED;

UPDATE alembic_version SET version_num='b8fda0d7fbb5' WHERE alembic_version.version_num = '99291f0fe9c2';

-- Running upgrade b8fda0d7fbb5 -> f404a67e0370

UPDATE packages
            SET allow_legacy_files = 'f'
            WHERE name NOT IN (
                SELECT DISTINCT ON (packages.name) packages.name
                FROM packages, release_files
                WHERE packages.name = release_files.name
                    AND (
                        filename !~* '.+?\.(tar\.gz|zip|whl|egg)$'
                        OR packagetype NOT IN (
                            'sdist',
                            'bdist_wheel',
                            'bdist_egg'
                        )
                    )
            );

UPDATE alembic_version SET version_num='f404a67e0370' WHERE alembic_version.version_num = 'b8fda0d7fbb5';

-- Running upgrade f404a67e0370 -> f449e5bff5a5

ALTER TABLE release_files ADD COLUMN allow_multiple_sdist BOOLEAN;

DO $$
            DECLARE
                row record;
            BEGIN
                FOR row IN SELECT name, version, COUNT(*) as sdist_count
                            FROM release_files
                            WHERE packagetype = 'sdist'
                            GROUP BY name, version
                            HAVING COUNT(*) > 1
                LOOP
                    UPDATE release_files
                    SET allow_multiple_sdist = true
                    FROM (
                        SELECT id
                        FROM release_files
                        WHERE name = row.name
                            AND version = row.version
                            AND packagetype = 'sdist'
                        ORDER BY upload_time
                        LIMIT (row.sdist_count - 1)
                    ) s
                    WHERE release_files.id = s.id;
                END LOOP;
            END $$;;

UPDATE release_files
            SET allow_multiple_sdist = false
            WHERE allow_multiple_sdist IS NULL;

ALTER TABLE release_files ALTER COLUMN allow_multiple_sdist SET NOT NULL;

ALTER TABLE release_files ALTER COLUMN allow_multiple_sdist SET DEFAULT false;

CREATE UNIQUE INDEX release_files_single_sdist ON release_files (name, version, packagetype) WHERE packagetype = 'sdist' AND allow_multiple_sdist = false;

UPDATE alembic_version SET version_num='f449e5bff5a5' WHERE alembic_version.version_num = 'f404a67e0370';

-- Running upgrade f449e5bff5a5 -> 7750037b351a

DROP INDEX release_files_name_idx;

UPDATE alembic_version SET version_num='7750037b351a' WHERE alembic_version.version_num = 'f449e5bff5a5';

-- Running upgrade 7750037b351a -> 5b3f9e687d94

ALTER TABLE packages ADD COLUMN zscore FLOAT;

UPDATE alembic_version SET version_num='5b3f9e687d94' WHERE alembic_version.version_num = '7750037b351a';

-- Running upgrade 5b3f9e687d94 -> b6a20b9c888d

CREATE TABLE blacklist (
    id UUID DEFAULT gen_random_uuid() NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    name TEXT NOT NULL, 
    blacklisted_by UUID, 
    comment TEXT DEFAULT '' NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT blacklist_valid_name CHECK (name ~* '^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$'::text), 
    FOREIGN KEY(blacklisted_by) REFERENCES accounts_user (id), 
    UNIQUE (name)
);

CREATE OR REPLACE FUNCTION ensure_normalized_blacklist()
            RETURNS TRIGGER AS $$
            BEGIN
                NEW.name = normalize_pep426_name(NEW.name);
                RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;;

CREATE TRIGGER normalize_blacklist
            AFTER INSERT OR UPDATE OR DELETE ON blacklist
            FOR EACH ROW EXECUTE PROCEDURE ensure_normalized_blacklist();;

UPDATE alembic_version SET version_num='b6a20b9c888d' WHERE alembic_version.version_num = '5b3f9e687d94';

-- Running upgrade b6a20b9c888d -> 1e2ccd34f539

DROP TRIGGER normalize_blacklist ON blacklist;

CREATE TRIGGER normalize_blacklist
            BEFORE INSERT OR UPDATE ON blacklist
            FOR EACH ROW EXECUTE PROCEDURE ensure_normalized_blacklist();;

INSERT INTO blacklist (name) VALUES ('requirements.txt');

INSERT INTO blacklist (name) VALUES ('rrequirements.txt');

UPDATE alembic_version SET version_num='1e2ccd34f539' WHERE alembic_version.version_num = 'b6a20b9c888d';

-- Running upgrade 1e2ccd34f539 -> 7165e957cddc

CREATE TABLE warehouse_admin_flag (
    id TEXT NOT NULL, 
    description TEXT NOT NULL, 
    enabled BOOLEAN NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO warehouse_admin_flag(id, description, enabled)
        VALUES (
            'disallow-new-user-registration',
            'Disallow ALL new User registrations',
            FALSE
        );

INSERT INTO warehouse_admin_flag(id, description, enabled)
        VALUES (
            'disallow-new-project-registration',
            'Disallow ALL new Project registrations',
            FALSE
        );

UPDATE alembic_version SET version_num='7165e957cddc' WHERE alembic_version.version_num = '1e2ccd34f539';

-- Running upgrade 7165e957cddc -> b75709859292

ALTER TABLE description_urls DROP CONSTRAINT IF EXISTS description_urls_name_fkey;

ALTER TABLE description_urls ADD CONSTRAINT description_urls_name_fkey FOREIGN KEY(name, version) REFERENCES releases (name, version) ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE alembic_version SET version_num='b75709859292' WHERE alembic_version.version_num = '7165e957cddc';

-- Running upgrade b75709859292 -> f7577b6938c1

ALTER TABLE releases ADD COLUMN canonical_version TEXT;

UPDATE alembic_version SET version_num='f7577b6938c1' WHERE alembic_version.version_num = 'b75709859292';

-- Running upgrade f7577b6938c1 -> 1fdf5dc6bbf3

SELECT DISTINCT releases.version 
FROM releases;

