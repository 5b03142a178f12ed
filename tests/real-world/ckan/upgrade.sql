BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 103676e0a497

CREATE TABLE state (
    id SERIAL NOT NULL, 
    name VARCHAR(100), 
    PRIMARY KEY (id)
);

CREATE TABLE revision (
    id SERIAL NOT NULL, 
    timestamp TIMESTAMP WITHOUT TIME ZONE, 
    author VARCHAR(200), 
    message TEXT, 
    state_id INTEGER, 
    PRIMARY KEY (id)
);

CREATE TABLE apikey (
    id SERIAL NOT NULL, 
    name TEXT, 
    key TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE license (
    id SERIAL NOT NULL, 
    name VARCHAR(100), 
    state_id INTEGER, 
    PRIMARY KEY (id)
);

CREATE TABLE package (
    id SERIAL NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    title TEXT, 
    version VARCHAR(100), 
    url TEXT, 
    download_url TEXT, 
    notes TEXT, 
    license_id INTEGER, 
    state_id INTEGER, 
    revision_id INTEGER, 
    PRIMARY KEY (id), 
    UNIQUE (name), 
    FOREIGN KEY(license_id) REFERENCES license (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE package_revision (
    id INTEGER NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    title TEXT, 
    version VARCHAR(100), 
    url TEXT, 
    download_url TEXT, 
    notes TEXT, 
    license_id INTEGER, 
    state_id INTEGER, 
    revision_id INTEGER NOT NULL, 
    continuity_id INTEGER, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(license_id) REFERENCES license (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package (id)
);

CREATE TABLE tag (
    id SERIAL NOT NULL, 
    name VARCHAR(100) NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE package_tag (
    id SERIAL NOT NULL, 
    package_id INTEGER, 
    tag_id INTEGER, 
    state_id INTEGER, 
    revision_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(tag_id) REFERENCES tag (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE package_tag_revision (
    id INTEGER NOT NULL, 
    package_id INTEGER, 
    tag_id INTEGER, 
    state_id INTEGER, 
    revision_id INTEGER NOT NULL, 
    continuity_id INTEGER, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(tag_id) REFERENCES tag (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package_tag (id)
);

CREATE TABLE package_extra (
    id SERIAL NOT NULL, 
    package_id INTEGER, 
    key TEXT, 
    value TEXT, 
    state_id INTEGER, 
    revision_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE package_extra_revision (
    id INTEGER NOT NULL, 
    package_id INTEGER, 
    key TEXT, 
    value TEXT, 
    state_id INTEGER, 
    revision_id INTEGER NOT NULL, 
    continuity_id INTEGER, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(state_id) REFERENCES state (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package_extra (id)
);

INSERT INTO alembic_version (version_num) VALUES ('103676e0a497') RETURNING alembic_version.version_num;

-- Running upgrade 103676e0a497 -> 86fdd8c54775

ALTER TABLE package ADD COLUMN author TEXT;

ALTER TABLE package_revision ADD COLUMN author TEXT;

ALTER TABLE package ADD COLUMN author_email TEXT;

ALTER TABLE package_revision ADD COLUMN author_email TEXT;

ALTER TABLE package ADD COLUMN maintainer TEXT;

ALTER TABLE package_revision ADD COLUMN maintainer TEXT;

ALTER TABLE package ADD COLUMN maintainer_email TEXT;

ALTER TABLE package_revision ADD COLUMN maintainer_email TEXT;

UPDATE alembic_version SET version_num='86fdd8c54775' WHERE alembic_version.version_num = '103676e0a497';

-- Running upgrade 86fdd8c54775 -> f22b4f5241a5

CREATE TABLE "user" (
    id TEXT NOT NULL, 
    name TEXT, 
    apikey TEXT, 
    PRIMARY KEY (id)
);

DROP TABLE apikey;

UPDATE alembic_version SET version_num='f22b4f5241a5' WHERE alembic_version.version_num = '86fdd8c54775';

-- Running upgrade f22b4f5241a5 -> f92ee205e46d

CREATE TABLE "group" (
    id TEXT NOT NULL, 
    name TEXT NOT NULL, 
    title TEXT, 
    description TEXT, 
    PRIMARY KEY (id), 
    UNIQUE (name)
);

CREATE TABLE package_group (
    id TEXT NOT NULL, 
    package_id INTEGER, 
    group_id TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(group_id) REFERENCES "group" (id)
);

UPDATE alembic_version SET version_num='f92ee205e46d' WHERE alembic_version.version_num = 'f22b4f5241a5';

-- Running upgrade f92ee205e46d -> 12c2232c15f5

CREATE TABLE role_action (
    id TEXT NOT NULL, 
    role TEXT, 
    context TEXT NOT NULL, 
    action TEXT, 
    PRIMARY KEY (id)
);

CREATE TABLE user_object_role (
    id TEXT NOT NULL, 
    user_id TEXT, 
    context TEXT NOT NULL, 
    role TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

CREATE TABLE package_role (
    user_object_role_id TEXT NOT NULL, 
    package_id INTEGER, 
    PRIMARY KEY (user_object_role_id), 
    FOREIGN KEY(user_object_role_id) REFERENCES user_object_role (id), 
    FOREIGN KEY(package_id) REFERENCES package (id)
);

CREATE TABLE group_role (
    user_object_role_id TEXT NOT NULL, 
    group_id TEXT, 
    PRIMARY KEY (user_object_role_id), 
    FOREIGN KEY(user_object_role_id) REFERENCES user_object_role (id), 
    FOREIGN KEY(group_id) REFERENCES "group" (id)
);

UPDATE alembic_version SET version_num='12c2232c15f5' WHERE alembic_version.version_num = 'f92ee205e46d';

-- Running upgrade 12c2232c15f5 -> c83955e7acb6

CREATE TABLE rating (
    id TEXT NOT NULL, 
    user_id TEXT, 
    user_ip_address TEXT, 
    package_id INTEGER, 
    rating FLOAT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id), 
    FOREIGN KEY(package_id) REFERENCES package (id)
);

UPDATE alembic_version SET version_num='c83955e7acb6' WHERE alembic_version.version_num = '12c2232c15f5';

-- Running upgrade c83955e7acb6 -> 1928d4af1cda

CREATE TABLE system_role (
    user_object_role_id TEXT NOT NULL, 
    PRIMARY KEY (user_object_role_id), 
    FOREIGN KEY(user_object_role_id) REFERENCES user_object_role (id)
);

UPDATE alembic_version SET version_num='1928d4af1cda' WHERE alembic_version.version_num = 'c83955e7acb6';

-- Running upgrade 1928d4af1cda -> e8283ffb257e

ALTER TABLE package DROP COLUMN revision_id;

ALTER TABLE package_tag DROP COLUMN revision_id;

ALTER TABLE package_revision DROP COLUMN revision_id;

ALTER TABLE package_tag_revision DROP COLUMN revision_id;

ALTER TABLE package_extra DROP COLUMN revision_id;

ALTER TABLE package_extra_revision DROP COLUMN revision_id;

ALTER TABLE revision ALTER COLUMN id TYPE TEXT;

ALTER TABLE revision ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package ADD COLUMN revision_id TEXT;

ALTER TABLE package ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_tag ADD COLUMN revision_id TEXT;

ALTER TABLE package_tag ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_revision ADD COLUMN revision_id TEXT;

ALTER TABLE package_revision ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_tag_revision ADD COLUMN revision_id TEXT;

ALTER TABLE package_tag_revision ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_extra ADD COLUMN revision_id TEXT;

ALTER TABLE package_extra ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_extra_revision ADD COLUMN revision_id TEXT;

ALTER TABLE package_extra_revision ADD FOREIGN KEY(revision_id) REFERENCES revision (id);

UPDATE alembic_version SET version_num='e8283ffb257e' WHERE alembic_version.version_num = '1928d4af1cda';

-- Running upgrade e8283ffb257e -> b739a48de5c4

ALTER TABLE rating ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE "group" ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE "user" ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='b739a48de5c4' WHERE alembic_version.version_num = 'e8283ffb257e';

-- Running upgrade b739a48de5c4 -> a6f13bf14d0c

ALTER TABLE "user" ADD COLUMN about TEXT;

UPDATE alembic_version SET version_num='a6f13bf14d0c' WHERE alembic_version.version_num = 'b739a48de5c4';

-- Running upgrade a6f13bf14d0c -> 866f6370b4ac

CREATE TABLE package_search (
    package_id INTEGER NOT NULL, 
    search_vector TSVECTOR, 
    PRIMARY KEY (package_id), 
    FOREIGN KEY(package_id) REFERENCES package (id)
);

UPDATE alembic_version SET version_num='866f6370b4ac' WHERE alembic_version.version_num = 'a6f13bf14d0c';

-- Running upgrade 866f6370b4ac -> e5ca33a5d445

CREATE TABLE package_resource (
    id SERIAL NOT NULL, 
    package_id INTEGER, 
    url TEXT NOT NULL, 
    format TEXT, 
    description TEXT, 
    position INTEGER, 
    state_id INTEGER, 
    revision_id TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE package_resource_revision (
    id INTEGER NOT NULL, 
    package_id INTEGER, 
    url TEXT NOT NULL, 
    format TEXT, 
    description TEXT, 
    position INTEGER, 
    state_id INTEGER, 
    revision_id TEXT NOT NULL, 
    continuity_id INTEGER, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package_resource (id)
);

ALTER TABLE package DROP COLUMN download_url;

ALTER TABLE package_revision DROP COLUMN download_url;

UPDATE alembic_version SET version_num='e5ca33a5d445' WHERE alembic_version.version_num = '866f6370b4ac';

-- Running upgrade e5ca33a5d445 -> 8a3a5af39797

ALTER TABLE package_resource ADD COLUMN hash TEXT;

UPDATE alembic_version SET version_num='8a3a5af39797' WHERE alembic_version.version_num = 'e5ca33a5d445';

-- Running upgrade 8a3a5af39797 -> 93519b684820

ALTER TABLE package_resource_revision ADD COLUMN hash TEXT;

UPDATE alembic_version SET version_num='93519b684820' WHERE alembic_version.version_num = '8a3a5af39797';

-- Running upgrade 93519b684820 -> 6d8ffebcaf54

ALTER TABLE license ADD COLUMN state TEXT;

ALTER TABLE license DROP COLUMN state_id;

ALTER TABLE package ADD COLUMN state TEXT;

ALTER TABLE package DROP COLUMN state_id;

ALTER TABLE package_revision ADD COLUMN state TEXT;

ALTER TABLE package_revision DROP COLUMN state_id;

ALTER TABLE package_tag ADD COLUMN state TEXT;

ALTER TABLE package_tag DROP COLUMN state_id;

ALTER TABLE package_tag_revision ADD COLUMN state TEXT;

ALTER TABLE package_tag_revision DROP COLUMN state_id;

ALTER TABLE package_extra ADD COLUMN state TEXT;

ALTER TABLE package_extra DROP COLUMN state_id;

ALTER TABLE package_extra_revision ADD COLUMN state TEXT;

ALTER TABLE package_extra_revision DROP COLUMN state_id;

ALTER TABLE package_resource ADD COLUMN state TEXT;

ALTER TABLE package_resource DROP COLUMN state_id;

ALTER TABLE package_resource_revision ADD COLUMN state TEXT;

ALTER TABLE package_resource_revision DROP COLUMN state_id;

ALTER TABLE revision ADD COLUMN state TEXT;

ALTER TABLE revision DROP COLUMN state_id;

DROP TABLE state;

UPDATE alembic_version SET version_num='6d8ffebcaf54' WHERE alembic_version.version_num = '93519b684820';

-- Running upgrade 6d8ffebcaf54 -> 37ada738328e

ALTER TABLE package_tag DROP COLUMN package_id;

ALTER TABLE package_tag DROP COLUMN tag_id;

ALTER TABLE package_extra DROP COLUMN package_id;

ALTER TABLE package_resource DROP COLUMN package_id;

ALTER TABLE package_tag_revision DROP COLUMN package_id;

ALTER TABLE package_tag_revision DROP COLUMN tag_id;

ALTER TABLE package_extra_revision DROP COLUMN package_id;

ALTER TABLE package_resource_revision DROP COLUMN package_id;

ALTER TABLE rating DROP COLUMN package_id;

ALTER TABLE package_search DROP COLUMN package_id;

ALTER TABLE package_role DROP COLUMN package_id;

ALTER TABLE package_group DROP COLUMN package_id;

ALTER TABLE package_revision DROP COLUMN continuity_id;

ALTER TABLE package_tag_revision DROP COLUMN continuity_id;

ALTER TABLE package_extra_revision DROP COLUMN continuity_id;

ALTER TABLE package_resource_revision DROP COLUMN continuity_id;

ALTER TABLE package ALTER COLUMN id TYPE TEXT;

ALTER TABLE package ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_tag ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_tag ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_extra ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_extra ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_resource ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_resource ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_revision ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_revision ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_tag_revision ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_tag_revision ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_extra_revision ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_extra_revision ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_resource_revision ALTER COLUMN id TYPE TEXT;

ALTER TABLE package_resource_revision ALTER COLUMN id DROP DEFAULT;

ALTER TABLE tag ALTER COLUMN id TYPE TEXT;

ALTER TABLE tag ALTER COLUMN id DROP DEFAULT;

ALTER TABLE package_tag ADD COLUMN package_id TEXT;

ALTER TABLE package_tag ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_tag ADD COLUMN tag_id TEXT;

ALTER TABLE package_tag ADD FOREIGN KEY(tag_id) REFERENCES tag (id);

ALTER TABLE package_extra ADD COLUMN package_id TEXT;

ALTER TABLE package_extra ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_resource ADD COLUMN package_id TEXT;

ALTER TABLE package_resource ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_tag_revision ADD COLUMN package_id TEXT;

ALTER TABLE package_tag_revision ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_tag_revision ADD COLUMN tag_id TEXT;

ALTER TABLE package_tag_revision ADD FOREIGN KEY(tag_id) REFERENCES tag (id);

ALTER TABLE package_extra_revision ADD COLUMN package_id TEXT;

ALTER TABLE package_extra_revision ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_resource_revision ADD COLUMN package_id TEXT;

ALTER TABLE package_resource_revision ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE rating ADD COLUMN package_id TEXT;

ALTER TABLE rating ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_search ADD COLUMN package_id TEXT;

ALTER TABLE package_search ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_role ADD COLUMN package_id TEXT;

ALTER TABLE package_role ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_group ADD COLUMN package_id TEXT;

ALTER TABLE package_group ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE package_revision ADD COLUMN continuity_id TEXT;

ALTER TABLE package_revision ADD FOREIGN KEY(continuity_id) REFERENCES package (id);

ALTER TABLE package_tag_revision ADD COLUMN continuity_id TEXT;

ALTER TABLE package_tag_revision ADD FOREIGN KEY(continuity_id) REFERENCES package_tag (id);

ALTER TABLE package_extra_revision ADD COLUMN continuity_id TEXT;

ALTER TABLE package_extra_revision ADD FOREIGN KEY(continuity_id) REFERENCES package_extra (id);

ALTER TABLE package_resource_revision ADD COLUMN continuity_id TEXT;

ALTER TABLE package_resource_revision ADD FOREIGN KEY(continuity_id) REFERENCES package_resource (id);

ALTER TABLE package_extra_revision ADD CONSTRAINT package_extra_revision_pkey PRIMARY KEY (id, revision_id);

ALTER TABLE package_revision ADD CONSTRAINT package_revision_pkey PRIMARY KEY (id, revision_id);

ALTER TABLE package_tag_revision ADD CONSTRAINT package_tag_revision_pkey PRIMARY KEY (id, revision_id);

DROP SEQUENCE package_extra_id_seq;

DROP SEQUENCE package_id_seq;

DROP SEQUENCE package_tag_id_seq;

DROP SEQUENCE package_resource_id_seq;

DROP SEQUENCE tag_id_seq;

DROP SEQUENCE revision_id_seq;

UPDATE alembic_version SET version_num='37ada738328e' WHERE alembic_version.version_num = '6d8ffebcaf54';

-- Running upgrade 37ada738328e -> 1250b2ff3e36

CREATE TABLE package_relationship (
    id TEXT NOT NULL, 
    subject_package_id TEXT, 
    object_package_id TEXT, 
    type TEXT, 
    comment TEXT, 
    revision_id TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(subject_package_id) REFERENCES package (id), 
    FOREIGN KEY(object_package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE package_relationship_revision (
    id TEXT NOT NULL, 
    subject_package_id TEXT, 
    object_package_id TEXT, 
    type TEXT, 
    comment TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(subject_package_id) REFERENCES package (id), 
    FOREIGN KEY(object_package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package_relationship (id)
);

UPDATE alembic_version SET version_num='1250b2ff3e36' WHERE alembic_version.version_num = '37ada738328e';

-- Running upgrade 1250b2ff3e36 -> 05a0778051ca

ALTER TABLE package DROP COLUMN license_id;

ALTER TABLE package ADD COLUMN license_id TEXT;

ALTER TABLE package_revision DROP COLUMN license_id;

ALTER TABLE package_revision ADD COLUMN license_id TEXT;

DROP TABLE license;

UPDATE alembic_version SET version_num='05a0778051ca' WHERE alembic_version.version_num = '1250b2ff3e36';

-- Running upgrade 05a0778051ca -> b2eb6f34a638

ALTER TABLE package_relationship ADD COLUMN state TEXT;

ALTER TABLE package_relationship_revision ADD COLUMN state TEXT;

UPDATE alembic_version SET version_num='b2eb6f34a638' WHERE alembic_version.version_num = '05a0778051ca';

-- Running upgrade b2eb6f34a638 -> 69a0b0efc609

CREATE TABLE changeset (
    id TEXT NOT NULL, 
    closes_id TEXT, 
    follows_id TEXT, 
    meta TEXT, 
    branch TEXT, 
    timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    is_working BOOLEAN, 
    revision_id TEXT, 
    added_here TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE change (
    ref TEXT, 
    diff TEXT, 
    changeset_id TEXT, 
    FOREIGN KEY(changeset_id) REFERENCES changeset (id)
);

CREATE TABLE changemask (
    ref TEXT NOT NULL, 
    timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (ref)
);

UPDATE alembic_version SET version_num='69a0b0efc609' WHERE alembic_version.version_num = 'b2eb6f34a638';

-- Running upgrade 69a0b0efc609 -> 765143af2ba3

CREATE INDEX idx_extra_pkg_id ON package_extra (package_id);

CREATE INDEX idx_extra_id_pkg_id ON package_extra (id, package_id);

CREATE INDEX idx_group_pkg_id ON package_group (package_id);

CREATE INDEX idx_extra_grp_id_pkg_id ON package_group (group_id, package_id);

CREATE INDEX idx_pkg_id ON package (id);

CREATE INDEX idx_pkg_name ON package (name);

CREATE INDEX idx_pkg_title ON package (title);

CREATE INDEX idx_pkg_lname ON package (lower(name));

CREATE INDEX idx_pkg_uname ON package (upper(name));

CREATE INDEX idx_pkg_rev_id ON package (revision_id);

CREATE INDEX idx_pkg_sid ON package (id, state);

CREATE INDEX idx_pkg_sname ON package (name, state);

CREATE INDEX idx_pkg_stitle ON package (title, state);

CREATE INDEX idx_pkg_slname ON package (lower(name), state);

CREATE INDEX idx_pkg_suname ON package (upper(name), state);

CREATE INDEX idx_pkg_srev_id ON package (revision_id, state);

CREATE INDEX idx_pkg_revision_id ON package_revision (id);

CREATE INDEX idx_pkg_revision_name ON package_revision (name);

CREATE INDEX idx_pkg_revision_rev_id ON package_revision (revision_id);

CREATE INDEX idx_rev_state ON revision (state);

CREATE INDEX idx_tag_id ON tag (id);

CREATE INDEX idx_tag_name ON tag (name);

CREATE INDEX idx_package_tag_id ON package_tag (id);

CREATE INDEX idx_package_tag_tag_id ON package_tag (tag_id);

CREATE INDEX idx_package_tag_pkg_id ON package_tag (package_id);

CREATE INDEX idx_package_tag_pkg_id_tag_id ON package_tag (tag_id, package_id);

CREATE INDEX idx_package_tag_revision_id ON package_tag_revision (id);

CREATE INDEX idx_package_tag_revision_tag_id ON package_tag_revision (tag_id);

CREATE INDEX idx_package_tag_revision_rev_id ON package_tag_revision (revision_id);

CREATE INDEX idx_package_tag_revision_pkg_id ON package_tag_revision (package_id);

CREATE INDEX idx_package_tag_revision_pkg_id_tag_id ON package_tag_revision (tag_id, package_id);

CREATE INDEX idx_rating_id ON rating (id);

CREATE INDEX idx_rating_user_id ON rating (user_id);

CREATE INDEX idx_rating_package_id ON rating (package_id);

CREATE INDEX idx_user_id ON "user" (id);

CREATE INDEX idx_user_name ON "user" (name);

CREATE INDEX idx_uor_context ON user_object_role (context);

CREATE INDEX idx_uor_role ON user_object_role (role);

CREATE INDEX idx_uor_user_id_role ON user_object_role (user_id, role);

CREATE INDEX idx_ra_role ON role_action (role);

CREATE INDEX idx_ra_action ON role_action (action);

CREATE INDEX idx_ra_role_action ON role_action (action, role);

CREATE INDEX idx_group_id ON "group" (id);

CREATE INDEX idx_group_name ON "group" (name);

CREATE INDEX idx_package_group_id ON package_group (id);

CREATE INDEX idx_package_group_group_id ON package_group (group_id);

CREATE INDEX idx_package_group_pkg_id ON package_group (package_id);

CREATE INDEX idx_package_group_pkg_id_group_id ON package_group (group_id, package_id);

CREATE INDEX idx_package_resource_id ON package_resource (id);

CREATE INDEX idx_package_resource_url ON package_resource (url);

CREATE INDEX idx_package_resource_pkg_id ON package_resource (package_id);

CREATE INDEX idx_package_resource_pkg_id_resource_id ON package_resource (package_id, id);

CREATE INDEX idx_package_resource_rev_id ON package_resource_revision (revision_id);

CREATE INDEX idx_package_extra_rev_id ON package_extra_revision (revision_id);

UPDATE alembic_version SET version_num='765143af2ba3' WHERE alembic_version.version_num = '69a0b0efc609';

-- Running upgrade 765143af2ba3 -> 7b324ca6c0dc

CREATE TABLE group_extra (
    id TEXT NOT NULL, 
    group_id TEXT, 
    key TEXT, 
    value TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(group_id) REFERENCES "group" (id)
);

UPDATE alembic_version SET version_num='7b324ca6c0dc' WHERE alembic_version.version_num = '765143af2ba3';

-- Running upgrade 7b324ca6c0dc -> 87fdd05f0744

CREATE TABLE harvest_source (
    id TEXT NOT NULL, 
    status TEXT DEFAULT 'New', 
    url TEXT NOT NULL, 
    description TEXT, 
    user_ref TEXT, 
    publisher_ref TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id), 
    UNIQUE (url)
);

CREATE TABLE harvesting_job (
    id TEXT NOT NULL, 
    status TEXT NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    user_ref TEXT NOT NULL, 
    report TEXT, 
    source_id TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(source_id) REFERENCES harvest_source (id)
);

UPDATE alembic_version SET version_num='87fdd05f0744' WHERE alembic_version.version_num = '7b324ca6c0dc';

-- Running upgrade 87fdd05f0744 -> 12981fe12484

CREATE TABLE harvested_document (
    id TEXT NOT NULL, 
    created TIMESTAMP WITHOUT TIME ZONE, 
    url TEXT NOT NULL, 
    content TEXT NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='12981fe12484' WHERE alembic_version.version_num = '87fdd05f0744';

-- Running upgrade 12981fe12484 -> b581622ad327

CREATE TABLE authorization_group (
    id TEXT NOT NULL, 
    name TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id)
);

CREATE TABLE authorization_group_user (
    authorization_group_id TEXT NOT NULL, 
    user_id TEXT NOT NULL, 
    FOREIGN KEY(authorization_group_id) REFERENCES authorization_group (id), 
    FOREIGN KEY(user_id) REFERENCES "user" (id)
);

ALTER TABLE user_object_role ALTER COLUMN user_id DROP NOT NULL;

CREATE TABLE authorization_group_role (
    user_object_role_id TEXT NOT NULL, 
    authorization_group_id TEXT, 
    PRIMARY KEY (user_object_role_id), 
    FOREIGN KEY(user_object_role_id) REFERENCES user_object_role (id), 
    FOREIGN KEY(authorization_group_id) REFERENCES authorization_group (id)
);

ALTER TABLE user_object_role ADD COLUMN authorized_group_id TEXT;

ALTER TABLE user_object_role ADD FOREIGN KEY(authorized_group_id) REFERENCES authorization_group (id);

UPDATE alembic_version SET version_num='b581622ad327' WHERE alembic_version.version_num = '12981fe12484';

-- Running upgrade b581622ad327 -> 3615b25af443

UPDATE alembic_version SET version_num='3615b25af443' WHERE alembic_version.version_num = 'b581622ad327';

-- Running upgrade 3615b25af443 -> 11e5745c6fc9

ALTER TABLE harvested_document ADD COLUMN guid TEXT DEFAULT '';

ALTER TABLE harvested_document ADD COLUMN source_id TEXT;

ALTER TABLE harvested_document ADD FOREIGN KEY(source_id) REFERENCES harvest_source (id);

ALTER TABLE harvested_document ADD COLUMN package_id TEXT;

ALTER TABLE harvested_document ADD FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE harvested_document DROP COLUMN url;

UPDATE alembic_version SET version_num='11e5745c6fc9' WHERE alembic_version.version_num = '3615b25af443';

-- Running upgrade 11e5745c6fc9 -> cdd68fe9ba21

ALTER TABLE harvest_source ALTER COLUMN status SET NOT NULL;

UPDATE alembic_version SET version_num='cdd68fe9ba21' WHERE alembic_version.version_num = '11e5745c6fc9';

-- Running upgrade cdd68fe9ba21 -> 1bfdf4240915

CREATE TABLE group_revision (
    id TEXT NOT NULL, 
    name TEXT NOT NULL, 
    title TEXT, 
    description TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    state TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES "group" (id)
);

CREATE TABLE package_group_revision (
    id TEXT NOT NULL, 
    package_id TEXT, 
    group_id TEXT, 
    state TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(group_id) REFERENCES "group" (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES package_group (id)
);

CREATE TABLE group_extra_revision (
    id TEXT NOT NULL, 
    group_id TEXT, 
    key TEXT, 
    value TEXT, 
    state TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(group_id) REFERENCES "group" (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES group_extra (id)
);

ALTER TABLE "group" ADD COLUMN state TEXT;

ALTER TABLE "group" ADD COLUMN revision_id TEXT;

ALTER TABLE "group" ADD CONSTRAINT group_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE package_group ADD COLUMN state TEXT;

ALTER TABLE package_group ADD COLUMN revision_id TEXT;

ALTER TABLE package_group ADD CONSTRAINT package_group_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE group_extra ADD COLUMN state TEXT;

ALTER TABLE group_extra ADD COLUMN revision_id TEXT;

ALTER TABLE group_extra ADD CONSTRAINT group_extra_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

UPDATE alembic_version SET version_num='1bfdf4240915' WHERE alembic_version.version_num = 'cdd68fe9ba21';

-- Running upgrade 1bfdf4240915 -> b16cbf164c8a

ALTER TABLE "user" ADD COLUMN openid TEXT;

ALTER TABLE "user" ADD COLUMN password TEXT;

ALTER TABLE "user" ADD COLUMN fullname TEXT;

ALTER TABLE "user" ADD COLUMN email TEXT;

UPDATE alembic_version SET version_num='b16cbf164c8a' WHERE alembic_version.version_num = '1bfdf4240915';

-- Running upgrade b16cbf164c8a -> 1b05245167d6

UPDATE alembic_version SET version_num='1b05245167d6' WHERE alembic_version.version_num = 'b16cbf164c8a';

-- Running upgrade 1b05245167d6 -> d89e0731422d

ALTER TABLE package_resource ADD COLUMN extras TEXT;

ALTER TABLE package_resource_revision ADD COLUMN extras TEXT;

UPDATE alembic_version SET version_num='d89e0731422d' WHERE alembic_version.version_num = '1b05245167d6';

-- Running upgrade d89e0731422d -> 6da92ef2df15

ALTER TABLE authorization_group_user ADD COLUMN id TEXT;

ALTER TABLE authorization_group_user ADD CONSTRAINT authorization_group_user_pkey PRIMARY KEY (id);

UPDATE alembic_version SET version_num='6da92ef2df15' WHERE alembic_version.version_num = 'd89e0731422d';

-- Running upgrade 6da92ef2df15 -> 6c600693af5b

CREATE TABLE resource_group (
    id TEXT NOT NULL, 
    package_id TEXT, 
    label TEXT, 
    sort_order TEXT, 
    extras TEXT, 
    state TEXT, 
    revision_id TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE resource_group_revision (
    id TEXT NOT NULL, 
    package_id TEXT, 
    label TEXT, 
    sort_order TEXT, 
    extras TEXT, 
    state TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT, 
    PRIMARY KEY (id, revision_id), 
    FOREIGN KEY(package_id) REFERENCES package (id), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES resource_group (id)
);

ALTER TABLE package_resource RENAME package_id TO resource_group_id;

ALTER TABLE package_resource_revision RENAME package_id TO resource_group_id;

ALTER TABLE package_resource RENAME TO resource;

ALTER TABLE package_resource_revision RENAME TO resource_revision;

ALTER INDEX package_resource_pkey RENAME TO resource_pkey;

ALTER INDEX package_resource_revision_pkey RENAME TO resource_revision_pkey;

ALTER TABLE resource_revision DROP CONSTRAINT package_resource_revision_continuity_id_fkey;

ALTER TABLE resource_revision DROP CONSTRAINT package_resource_revision_package_id_fkey;

ALTER TABLE resource_revision DROP CONSTRAINT package_resource_revision_revision_id_fkey;

ALTER TABLE resource DROP CONSTRAINT package_resource_revision_id_fkey;

ALTER TABLE resource DROP CONSTRAINT package_resource_package_id_fkey;

ALTER TABLE resource ADD CONSTRAINT resource_resource_group_id_fkey FOREIGN KEY(resource_group_id) REFERENCES resource_group (id);

ALTER TABLE resource ADD CONSTRAINT resource_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE resource_revision ADD CONSTRAINT resource_revision_continuity_id_fkey FOREIGN KEY(continuity_id) REFERENCES resource (id);

ALTER TABLE resource_revision ADD CONSTRAINT resource_revision_resource_group_id_fkey FOREIGN KEY(resource_group_id) REFERENCES resource_group (id);

ALTER TABLE resource_revision ADD CONSTRAINT resource_revision_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

UPDATE alembic_version SET version_num='6c600693af5b' WHERE alembic_version.version_num = '6da92ef2df15';

-- Running upgrade 6c600693af5b -> 81148ccebd6c

CREATE TABLE harvested_document_revision (
    id TEXT NOT NULL, 
    guid TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE, 
    content TEXT NOT NULL, 
    source_id TEXT, 
    package_id TEXT, 
    state TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id TEXT
);

ALTER TABLE harvested_document ADD COLUMN state TEXT;

ALTER TABLE harvested_document ADD COLUMN revision_id TEXT;

ALTER TABLE harvested_document_revision ADD CONSTRAINT harvested_document_revision_pkey PRIMARY KEY (id, revision_id);

ALTER TABLE harvested_document ADD CONSTRAINT harvested_document_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE harvested_document_revision ADD CONSTRAINT harvested_document_revision_continuity_id_fkey FOREIGN KEY(continuity_id) REFERENCES harvested_document (id);

ALTER TABLE harvested_document_revision ADD CONSTRAINT harvested_document_revision_package_id_fkey FOREIGN KEY(package_id) REFERENCES package (id);

ALTER TABLE harvested_document_revision ADD CONSTRAINT harvested_document_revision_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE harvested_document_revision ADD CONSTRAINT harvested_document_revision_source_id_fkey FOREIGN KEY(source_id) REFERENCES harvest_source (id);

UPDATE alembic_version SET version_num='81148ccebd6c' WHERE alembic_version.version_num = '6c600693af5b';

-- Running upgrade 81148ccebd6c -> ecaa8b38782f

UPDATE alembic_version SET version_num='ecaa8b38782f' WHERE alembic_version.version_num = '81148ccebd6c';

-- Running upgrade ecaa8b38782f -> edcf3b8c3c1b

UPDATE alembic_version SET version_num='edcf3b8c3c1b' WHERE alembic_version.version_num = 'ecaa8b38782f';

-- Running upgrade edcf3b8c3c1b -> fd6622e3d964

DROP TABLE harvested_document_revision;

DROP TABLE harvested_document;

DROP TABLE harvesting_job;

DROP TABLE harvest_source;

UPDATE alembic_version SET version_num='fd6622e3d964' WHERE alembic_version.version_num = 'edcf3b8c3c1b';

-- Running upgrade fd6622e3d964 -> cca459c76d45

ALTER TABLE package_revision ADD COLUMN expired_id TEXT;

ALTER TABLE package_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_revision ADD COLUMN current BOOLEAN;

ALTER TABLE package_extra_revision ADD COLUMN expired_id TEXT;

ALTER TABLE package_extra_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_extra_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_extra_revision ADD COLUMN current BOOLEAN;

ALTER TABLE group_revision ADD COLUMN expired_id TEXT;

ALTER TABLE group_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE group_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE group_revision ADD COLUMN current BOOLEAN;

ALTER TABLE group_extra_revision ADD COLUMN expired_id TEXT;

ALTER TABLE group_extra_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE group_extra_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE group_extra_revision ADD COLUMN current BOOLEAN;

ALTER TABLE package_group_revision ADD COLUMN expired_id TEXT;

ALTER TABLE package_group_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_group_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_group_revision ADD COLUMN current BOOLEAN;

ALTER TABLE package_tag_revision ADD COLUMN expired_id TEXT;

ALTER TABLE package_tag_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_tag_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_tag_revision ADD COLUMN current BOOLEAN;

ALTER TABLE resource_group_revision ADD COLUMN expired_id TEXT;

ALTER TABLE resource_group_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_group_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_group_revision ADD COLUMN current BOOLEAN;

ALTER TABLE resource_revision ADD COLUMN expired_id TEXT;

ALTER TABLE resource_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN current BOOLEAN;

ALTER TABLE package_relationship_revision ADD COLUMN expired_id TEXT;

ALTER TABLE package_relationship_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_relationship_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_relationship_revision ADD COLUMN current BOOLEAN;

ALTER TABLE revision ADD COLUMN approved_timestamp TIMESTAMP WITHOUT TIME ZONE;

CREATE INDEX idx_package_period ON package_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_package_current ON package_revision (current);

CREATE INDEX idx_package_extra_period ON package_extra_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_package_extra_period_package ON package_extra_revision (revision_timestamp, expired_timestamp, package_id);

CREATE INDEX idx_package_extra_current ON package_extra_revision (current);

CREATE INDEX idx_package_group_period_package_group ON package_group_revision (revision_timestamp, expired_timestamp, package_id, group_id);

CREATE INDEX idx_package_group_current ON package_group_revision (current);

CREATE INDEX idx_period_package_tag ON package_tag_revision (revision_timestamp, expired_timestamp, package_id, tag_id);

CREATE INDEX idx_package_tag_current ON package_tag_revision (current);

CREATE INDEX idx_period_package_relationship ON package_relationship_revision (revision_timestamp, expired_timestamp, object_package_id, subject_package_id);

CREATE INDEX idx_package_relationship_current ON package_relationship_revision (current);

CREATE INDEX idx_resource_period ON resource_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_resource_period_resource_group ON resource_revision (revision_timestamp, expired_timestamp, resource_group_id);

CREATE INDEX idx_resource_current ON resource_revision (current);

CREATE INDEX idx_resource_group_period ON resource_group_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_resource_group_period_package ON resource_group_revision (revision_timestamp, expired_timestamp, package_id);

CREATE INDEX idx_resource_group_current ON resource_group_revision (current);

CREATE INDEX idx_group_period ON group_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_group_current ON group_revision (current);

CREATE INDEX idx_group_extra_period ON group_extra_revision (revision_timestamp, expired_timestamp, id);

CREATE INDEX idx_group_extra_period_group ON group_extra_revision (revision_timestamp, expired_timestamp, group_id);

CREATE INDEX idx_group_extra_current ON group_extra_revision (current);

UPDATE alembic_version SET version_num='cca459c76d45' WHERE alembic_version.version_num = 'fd6622e3d964';

-- Running upgrade cca459c76d45 -> 500a08f4818e

ALTER TABLE "user" ADD COLUMN reset_key TEXT;

UPDATE alembic_version SET version_num='500a08f4818e' WHERE alembic_version.version_num = 'cca459c76d45';

-- Running upgrade 500a08f4818e -> 6817d4e3bdc3

ALTER TABLE resource ADD COLUMN name TEXT;

ALTER TABLE resource ADD COLUMN resource_type TEXT;

ALTER TABLE resource ADD COLUMN mimetype TEXT;

ALTER TABLE resource ADD COLUMN mimetype_inner TEXT;

ALTER TABLE resource ADD COLUMN size BIGINT;

ALTER TABLE resource ADD COLUMN last_modified TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource ADD COLUMN cache_url TEXT;

ALTER TABLE resource ADD COLUMN cache_last_updated TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource ADD COLUMN webstore_url TEXT;

ALTER TABLE resource ADD COLUMN webstore_last_updated TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN name TEXT;

ALTER TABLE resource_revision ADD COLUMN resource_type TEXT;

ALTER TABLE resource_revision ADD COLUMN mimetype TEXT;

ALTER TABLE resource_revision ADD COLUMN mimetype_inner TEXT;

ALTER TABLE resource_revision ADD COLUMN size BIGINT;

ALTER TABLE resource_revision ADD COLUMN last_modified TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN cache_url TEXT;

ALTER TABLE resource_revision ADD COLUMN cache_last_updated TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN webstore_url TEXT;

ALTER TABLE resource_revision ADD COLUMN webstore_last_updated TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='6817d4e3bdc3' WHERE alembic_version.version_num = '500a08f4818e';

-- Running upgrade 6817d4e3bdc3 -> da65e2877034

CREATE INDEX idx_revision_author ON revision (author);

CREATE INDEX idx_openid ON "user" (openid);

CREATE INDEX idx_user_name_index ON "user" ((CASE WHEN ("user".fullname IS NULL OR "user".fullname = '') THEN "user".name ELSE "user".fullname END));

UPDATE alembic_version SET version_num='da65e2877034' WHERE alembic_version.version_num = '6817d4e3bdc3';

-- Running upgrade da65e2877034 -> bd38cd6502b2

DROP TABLE package_search;

UPDATE alembic_version SET version_num='bd38cd6502b2' WHERE alembic_version.version_num = 'da65e2877034';

-- Running upgrade bd38cd6502b2 -> 4190eeeb8d73

CREATE TABLE task_status (
    id TEXT NOT NULL, 
    entity_id TEXT NOT NULL, 
    entity_type TEXT NOT NULL, 
    task_type TEXT NOT NULL, 
    key TEXT NOT NULL, 
    value TEXT NOT NULL, 
    state TEXT, 
    error TEXT, 
    last_updated TIMESTAMP WITHOUT TIME ZONE
);

ALTER TABLE task_status ADD CONSTRAINT task_status_pkey PRIMARY KEY (id);

ALTER TABLE task_status ADD CONSTRAINT task_status_entity_id_task_type_key_key UNIQUE (entity_id, task_type, key);

UPDATE alembic_version SET version_num='4190eeeb8d73' WHERE alembic_version.version_num = 'bd38cd6502b2';

-- Running upgrade 4190eeeb8d73 -> 54e3f155d945

ALTER TABLE "user" ADD CONSTRAINT user_name_key UNIQUE (name);

UPDATE alembic_version SET version_num='54e3f155d945' WHERE alembic_version.version_num = '4190eeeb8d73';

-- Running upgrade 54e3f155d945 -> b69e9b80396f

DROP TABLE change;

DROP TABLE changemask;

DROP TABLE changeset;

UPDATE alembic_version SET version_num='b69e9b80396f' WHERE alembic_version.version_num = '54e3f155d945';

-- Running upgrade b69e9b80396f -> 883a7c406926

ALTER TABLE package_group RENAME TO member;

ALTER TABLE package_group_revision RENAME TO member_revision;

ALTER TABLE member ALTER COLUMN package_id SET NOT NULL;

ALTER TABLE member RENAME package_id TO table_id;

ALTER TABLE member_revision ALTER COLUMN package_id SET NOT NULL;

ALTER TABLE member_revision RENAME package_id TO table_id;

ALTER TABLE member_revision DROP CONSTRAINT package_group_revision_pkey;

ALTER TABLE member_revision DROP CONSTRAINT package_group_revision_continuity_id_fkey;

ALTER TABLE member_revision DROP CONSTRAINT package_group_revision_group_id_fkey;

ALTER TABLE member_revision DROP CONSTRAINT package_group_revision_package_id_fkey;

ALTER TABLE member_revision DROP CONSTRAINT package_group_revision_revision_id_fkey;

ALTER TABLE member DROP CONSTRAINT package_group_pkey;

ALTER TABLE member DROP CONSTRAINT package_group_group_id_fkey;

ALTER TABLE member DROP CONSTRAINT package_group_package_id_fkey;

ALTER TABLE member DROP CONSTRAINT package_group_revision_id_fkey;

ALTER TABLE member ADD COLUMN table_name TEXT NOT NULL;

ALTER TABLE member ADD COLUMN capacity TEXT NOT NULL;

ALTER TABLE member_revision ADD COLUMN table_name TEXT NOT NULL;

ALTER TABLE member_revision ADD COLUMN capacity TEXT NOT NULL;

ALTER TABLE member ADD CONSTRAINT member_pkey PRIMARY KEY (id);

ALTER TABLE member_revision ADD CONSTRAINT member_revision_pkey PRIMARY KEY (id, revision_id);

ALTER TABLE member ADD CONSTRAINT member_group_id_fkey FOREIGN KEY(group_id) REFERENCES "group" (id);

ALTER TABLE member ADD CONSTRAINT member_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE member_revision ADD CONSTRAINT member_revision_continuity_id_fkey FOREIGN KEY(continuity_id) REFERENCES member (id);

ALTER TABLE member_revision ADD CONSTRAINT member_revision_group_id_fkey FOREIGN KEY(group_id) REFERENCES "group" (id);

ALTER TABLE member_revision ADD CONSTRAINT member_revision_revision_id_fkey FOREIGN KEY(revision_id) REFERENCES revision (id);

ALTER TABLE "group" ADD COLUMN type TEXT NOT NULL;

ALTER TABLE group_revision ADD COLUMN type TEXT NOT NULL;

ALTER TABLE package ADD COLUMN type TEXT;

ALTER TABLE package_revision ADD COLUMN type TEXT;

UPDATE alembic_version SET version_num='883a7c406926' WHERE alembic_version.version_num = 'b69e9b80396f';

-- Running upgrade 883a7c406926 -> 4a7011172b3f

CREATE TABLE activity (
    id TEXT NOT NULL, 
    timestamp TIMESTAMP WITHOUT TIME ZONE, 
    user_id TEXT, 
    object_id TEXT, 
    revision_id TEXT, 
    activity_type TEXT, 
    data TEXT
);

CREATE TABLE activity_detail (
    id TEXT NOT NULL, 
    activity_id TEXT NOT NULL, 
    object_id TEXT, 
    object_type TEXT, 
    activity_type TEXT, 
    data TEXT
);

ALTER TABLE activity ADD CONSTRAINT activity_pkey PRIMARY KEY (id);

ALTER TABLE activity_detail ADD CONSTRAINT activity_detail_pkey PRIMARY KEY (id);

ALTER TABLE activity_detail ADD CONSTRAINT activity_detail_activity_id_fkey FOREIGN KEY(activity_id) REFERENCES activity (id);

UPDATE alembic_version SET version_num='4a7011172b3f' WHERE alembic_version.version_num = '883a7c406926';

-- Running upgrade 4a7011172b3f -> e0c06c2177b5

ALTER TABLE "group" ADD COLUMN approval_status TEXT;

ALTER TABLE group_revision ADD COLUMN approval_status TEXT;

UPDATE alembic_version SET version_num='e0c06c2177b5' WHERE alembic_version.version_num = '4a7011172b3f';

-- Running upgrade e0c06c2177b5 -> 01a6b058cb7f

CREATE TABLE term_translation (
    term TEXT NOT NULL, 
    term_translation TEXT NOT NULL, 
    lang_code TEXT NOT NULL
);

CREATE INDEX term_lang ON term_translation (term, lang_code);

CREATE INDEX term ON term_translation (term);

UPDATE alembic_version SET version_num='01a6b058cb7f' WHERE alembic_version.version_num = 'e0c06c2177b5';

-- Running upgrade 01a6b058cb7f -> a4fb0d85ced6

ALTER TABLE tag DROP CONSTRAINT tag_name_key;

CREATE TABLE vocabulary (
    id TEXT NOT NULL, 
    name VARCHAR(100) NOT NULL
);

ALTER TABLE tag ADD COLUMN vocabulary_id VARCHAR(100);

ALTER TABLE vocabulary ADD CONSTRAINT vocabulary_pkey PRIMARY KEY (id);

ALTER TABLE tag ADD CONSTRAINT tag_name_vocabulary_id_key UNIQUE (name, vocabulary_id);

ALTER TABLE tag ADD CONSTRAINT tag_vocabulary_id_fkey FOREIGN KEY(vocabulary_id) REFERENCES vocabulary (id);

ALTER TABLE vocabulary ADD CONSTRAINT vocabulary_name_key UNIQUE (name);

UPDATE alembic_version SET version_num='a4fb0d85ced6' WHERE alembic_version.version_num = '01a6b058cb7f';

-- Running upgrade a4fb0d85ced6 -> ba693d64c6d7

UPDATE alembic_version SET version_num='ba693d64c6d7' WHERE alembic_version.version_num = 'a4fb0d85ced6';

-- Running upgrade ba693d64c6d7 -> 9d051a099097

ALTER TABLE "group" ADD COLUMN image_url TEXT;

ALTER TABLE group_revision ADD COLUMN image_url TEXT;

UPDATE alembic_version SET version_num='9d051a099097' WHERE alembic_version.version_num = 'ba693d64c6d7';

-- Running upgrade 9d051a099097 -> da21b38da4db

ALTER TABLE resource ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE resource_revision ADD COLUMN created TIMESTAMP WITHOUT TIME ZONE;

UPDATE alembic_version SET version_num='da21b38da4db' WHERE alembic_version.version_num = '9d051a099097';

-- Running upgrade da21b38da4db -> 048f7db947bf

ALTER TABLE activity_detail ALTER COLUMN activity_id DROP NOT NULL;

ALTER TABLE "user" ALTER COLUMN name SET NOT NULL;

UPDATE alembic_version SET version_num='048f7db947bf' WHERE alembic_version.version_num = 'da21b38da4db';

-- Running upgrade 048f7db947bf -> 11af3215ae89

CREATE TABLE related (
    id TEXT NOT NULL, 
    type TEXT NOT NULL, 
    title TEXT, 
    description TEXT, 
    image_url TEXT, 
    url TEXT, 
    created TIMESTAMP WITHOUT TIME ZONE, 
    owner_id TEXT
);

CREATE TABLE related_dataset (
    id TEXT NOT NULL, 
    dataset_id TEXT NOT NULL, 
    related_id TEXT NOT NULL, 
    status TEXT
);

ALTER TABLE related ADD CONSTRAINT related_pkey PRIMARY KEY (id);

ALTER TABLE related_dataset ADD CONSTRAINT related_dataset_pkey PRIMARY KEY (id);

ALTER TABLE related_dataset ADD CONSTRAINT related_dataset_dataset_id_fkey FOREIGN KEY(dataset_id) REFERENCES package (id);

ALTER TABLE related_dataset ADD CONSTRAINT related_dataset_related_id_fkey FOREIGN KEY(related_id) REFERENCES related (id);

UPDATE alembic_version SET version_num='11af3215ae89' WHERE alembic_version.version_num = '048f7db947bf';

-- Running upgrade 11af3215ae89 -> 660a5aae527e

CREATE TABLE tracking_raw (
    user_key VARCHAR(100) NOT NULL, 
    url TEXT NOT NULL, 
    tracking_type VARCHAR(10) NOT NULL, 
    access_timestamp TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX tracking_raw_url ON tracking_raw (url);

CREATE INDEX tracking_raw_user_key ON tracking_raw (user_key);

CREATE INDEX tracking_raw_access_timestamp ON tracking_raw (access_timestamp);

CREATE TABLE tracking_summary (
    url TEXT NOT NULL, 
    package_id TEXT, 
    tracking_type VARCHAR(10) NOT NULL, 
    count INTEGER NOT NULL, 
    running_total INTEGER DEFAULT '0' NOT NULL, 
    recent_views INTEGER DEFAULT '0' NOT NULL, 
    tracking_date DATE
);

CREATE INDEX tracking_summary_url ON tracking_summary (url);

CREATE INDEX tracking_summary_package_id ON tracking_summary (package_id);

CREATE INDEX tracking_summary_date ON tracking_summary (tracking_date);

UPDATE alembic_version SET version_num='660a5aae527e' WHERE alembic_version.version_num = '11af3215ae89';

-- Running upgrade 660a5aae527e -> bd36d1826a5d

CREATE TABLE user_following_dataset (
    follower_id TEXT NOT NULL, 
    object_id TEXT NOT NULL, 
    datetime TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

CREATE TABLE user_following_user (
    follower_id TEXT NOT NULL, 
    object_id TEXT NOT NULL, 
    datetime TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

ALTER TABLE user_following_dataset ADD CONSTRAINT user_following_dataset_pkey PRIMARY KEY (follower_id, object_id);

ALTER TABLE user_following_user ADD CONSTRAINT user_following_user_pkey PRIMARY KEY (follower_id, object_id);

ALTER TABLE user_following_dataset ADD CONSTRAINT user_following_dataset_follower_id_fkey FOREIGN KEY(follower_id) REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE user_following_dataset ADD CONSTRAINT user_following_dataset_object_id_fkey FOREIGN KEY(object_id) REFERENCES package (id) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE user_following_user ADD CONSTRAINT user_following_user_follower_id_fkey FOREIGN KEY(follower_id) REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE user_following_user ADD CONSTRAINT user_following_user_object_id_fkey FOREIGN KEY(object_id) REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE alembic_version SET version_num='bd36d1826a5d' WHERE alembic_version.version_num = '660a5aae527e';

-- Running upgrade bd36d1826a5d -> 9291bb46f352

ALTER TABLE related ADD COLUMN view_count INTEGER DEFAULT '0' NOT NULL;

ALTER TABLE related ADD COLUMN featured INTEGER DEFAULT '0' NOT NULL;

UPDATE alembic_version SET version_num='9291bb46f352' WHERE alembic_version.version_num = 'bd36d1826a5d';

-- Running upgrade 9291bb46f352 -> 31ad11c518fc

CREATE TABLE system_info (
    id SERIAL NOT NULL, 
    key VARCHAR(100) NOT NULL, 
    value TEXT, 
    revision_id TEXT, 
    PRIMARY KEY (id), 
    UNIQUE (key), 
    FOREIGN KEY(revision_id) REFERENCES revision (id)
);

CREATE TABLE system_info_revision (
    id INTEGER NOT NULL, 
    key VARCHAR(100) NOT NULL, 
    value TEXT, 
    revision_id TEXT NOT NULL, 
    continuity_id INTEGER, 
    PRIMARY KEY (id, revision_id), 
    UNIQUE (key), 
    FOREIGN KEY(revision_id) REFERENCES revision (id), 
    FOREIGN KEY(continuity_id) REFERENCES system_info (id)
);

UPDATE alembic_version SET version_num='31ad11c518fc' WHERE alembic_version.version_num = '9291bb46f352';

-- Running upgrade 31ad11c518fc -> 338d460bc460

CREATE TABLE user_following_group (
    follower_id TEXT NOT NULL, 
    object_id TEXT NOT NULL, 
    datetime TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

ALTER TABLE user_following_group ADD CONSTRAINT user_following_group_pkey PRIMARY KEY (follower_id, object_id);

ALTER TABLE user_following_group ADD CONSTRAINT user_following_group_user_id_fkey FOREIGN KEY(follower_id) REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE user_following_group ADD CONSTRAINT user_following_group_group_id_fkey FOREIGN KEY(object_id) REFERENCES "group" (id) ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE alembic_version SET version_num='338d460bc460' WHERE alembic_version.version_num = '31ad11c518fc';

-- Running upgrade 338d460bc460 -> 6deb2bbab394

CREATE TABLE dashboard (
    user_id TEXT NOT NULL, 
    activity_stream_last_viewed TIMESTAMP WITHOUT TIME ZONE NOT NULL
);

ALTER TABLE dashboard ADD CONSTRAINT dashboard_pkey PRIMARY KEY (user_id);

ALTER TABLE dashboard ADD CONSTRAINT dashboard_user_id_fkey FOREIGN KEY(user_id) REFERENCES "user" (id) ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE alembic_version SET version_num='6deb2bbab394' WHERE alembic_version.version_num = '338d460bc460';

-- Running upgrade 6deb2bbab394 -> 8b633852cb7a

ALTER TABLE "user" ADD COLUMN sysadmin BOOLEAN DEFAULT 'FALSE';

ALTER TABLE package ADD COLUMN owner_org TEXT;

ALTER TABLE package ADD COLUMN private BOOLEAN DEFAULT 'FALSE';

ALTER TABLE package_revision ADD COLUMN owner_org TEXT;

ALTER TABLE package_revision ADD COLUMN private BOOLEAN DEFAULT 'FALSE';

ALTER TABLE "group" ADD COLUMN is_organization BOOLEAN DEFAULT 'FALSE';

ALTER TABLE group_revision ADD COLUMN is_organization BOOLEAN DEFAULT 'FALSE';

UPDATE alembic_version SET version_num='8b633852cb7a' WHERE alembic_version.version_num = '6deb2bbab394';

-- Running upgrade 8b633852cb7a -> 4f8becd4919a

ALTER TABLE dashboard ADD COLUMN email_last_sent TIMESTAMP WITHOUT TIME ZONE DEFAULT LOCALTIMESTAMP NOT NULL;

UPDATE alembic_version SET version_num='4f8becd4919a' WHERE alembic_version.version_num = '8b633852cb7a';

-- Running upgrade 4f8becd4919a -> 1fab0bc6439e

ALTER TABLE "user" ADD COLUMN activity_streams_email_notifications BOOLEAN DEFAULT 'FALSE';

UPDATE alembic_version SET version_num='1fab0bc6439e' WHERE alembic_version.version_num = '4f8becd4919a';

-- Running upgrade 1fab0bc6439e -> ad16b3bd8cb6

UPDATE alembic_version SET version_num='ad16b3bd8cb6' WHERE alembic_version.version_num = '1fab0bc6439e';

-- Running upgrade ad16b3bd8cb6 -> 266c110eafec

UPDATE alembic_version SET version_num='266c110eafec' WHERE alembic_version.version_num = 'ad16b3bd8cb6';

-- Running upgrade 266c110eafec -> e33a5f2b2a84

CREATE INDEX idx_package_extra_package_id ON package_extra_revision (package_id, current);

UPDATE alembic_version SET version_num='e33a5f2b2a84' WHERE alembic_version.version_num = '266c110eafec';

-- Running upgrade e33a5f2b2a84 -> e7524c675cdb

ALTER TABLE resource ADD COLUMN url_type TEXT;

ALTER TABLE resource_revision ADD COLUMN url_type TEXT;

ALTER TABLE package ADD COLUMN metadata_modified TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package ADD COLUMN creator_user_id TEXT;

ALTER TABLE package_revision ADD COLUMN metadata_modified TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE package_revision ADD COLUMN creator_user_id TEXT;

UPDATE alembic_version SET version_num='e7524c675cdb' WHERE alembic_version.version_num = 'e33a5f2b2a84';

-- Running upgrade e7524c675cdb -> cfb544112fa7

CREATE INDEX idx_activity_user_id ON activity (user_id, timestamp);

CREATE INDEX idx_activity_object_id ON activity (object_id, timestamp);

CREATE INDEX idx_activity_detail_activity_id ON activity_detail (activity_id);

CREATE INDEX idx_resource_resource_group_id ON resource_revision (resource_group_id, current);

UPDATE alembic_version SET version_num='cfb544112fa7' WHERE alembic_version.version_num = 'e7524c675cdb';

-- Running upgrade cfb544112fa7 -> c16f081ef73a

ALTER TABLE "user" ADD COLUMN state TEXT DEFAULT 'active' NOT NULL;

UPDATE alembic_version SET version_num='c16f081ef73a' WHERE alembic_version.version_num = 'cfb544112fa7';

-- Running upgrade c16f081ef73a -> 08dcb9233ad7

CREATE TABLE resource_view (
    id TEXT NOT NULL, 
    resource_id TEXT, 
    title TEXT, 
    description TEXT, 
    view_type TEXT NOT NULL, 
    "order" INTEGER NOT NULL, 
    config TEXT
);

ALTER TABLE resource_view ADD CONSTRAINT resource_view_pkey PRIMARY KEY (id);

ALTER TABLE resource_view ADD CONSTRAINT resource_view_resource_id_fkey FOREIGN KEY(resource_id) REFERENCES resource (id);

UPDATE alembic_version SET version_num='08dcb9233ad7' WHERE alembic_version.version_num = 'c16f081ef73a';

-- Running upgrade 08dcb9233ad7 -> 011f51208be3

ALTER TABLE resource_view DROP CONSTRAINT resource_view_resource_id_fkey;

ALTER TABLE resource_view ADD CONSTRAINT resource_view_resource_id_fkey FOREIGN KEY(resource_id) REFERENCES resource (id) ON DELETE CASCADE ON UPDATE CASCADE;

UPDATE alembic_version SET version_num='011f51208be3' WHERE alembic_version.version_num = '08dcb9233ad7';

-- Running upgrade 011f51208be3 -> a4ca55f0f45e

ALTER TABLE resource ADD COLUMN package_id TEXT DEFAULT '' NOT NULL;

ALTER TABLE resource DROP COLUMN resource_group_id;

ALTER TABLE resource_revision ADD COLUMN package_id TEXT DEFAULT '' NOT NULL;

ALTER TABLE resource_revision DROP COLUMN resource_group_id;

DROP TABLE resource_group_revision;

DROP TABLE resource_group;

UPDATE alembic_version SET version_num='a4ca55f0f45e' WHERE alembic_version.version_num = '011f51208be3';

-- Running upgrade a4ca55f0f45e -> 9cdc88c8896a

UPDATE alembic_version SET version_num='9cdc88c8896a' WHERE alembic_version.version_num = 'a4ca55f0f45e';

-- Running upgrade 9cdc88c8896a -> 59995aa965c0

UPDATE alembic_version SET version_num='59995aa965c0' WHERE alembic_version.version_num = '9cdc88c8896a';

-- Running upgrade 59995aa965c0 -> 51171a04d86d

ALTER TABLE system_info ADD COLUMN state TEXT DEFAULT 'active' NOT NULL;

ALTER TABLE system_info_revision ADD COLUMN state TEXT DEFAULT 'active' NOT NULL;

ALTER TABLE system_info_revision ADD COLUMN expired_id TEXT;

ALTER TABLE system_info_revision ADD COLUMN revision_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE system_info_revision ADD COLUMN expired_timestamp TIMESTAMP WITHOUT TIME ZONE;

ALTER TABLE system_info_revision ADD COLUMN current BOOLEAN;

ALTER TABLE system_info_revision DROP CONSTRAINT system_info_revision_key_key;

UPDATE alembic_version SET version_num='51171a04d86d' WHERE alembic_version.version_num = '59995aa965c0';

-- Running upgrade 51171a04d86d -> ae821876532a

DROP TABLE role_action;

DROP TABLE package_role;

DROP TABLE group_role;

DROP TABLE system_role;

DROP TABLE authorization_group_role;

DROP TABLE user_object_role;

UPDATE alembic_version SET version_num='ae821876532a' WHERE alembic_version.version_num = '51171a04d86d';

-- Running upgrade ae821876532a -> e0177a15d2c9

CREATE INDEX idx_resource_continuity_id ON resource_revision (continuity_id);

UPDATE alembic_version SET version_num='e0177a15d2c9' WHERE alembic_version.version_num = 'ae821876532a';

-- Running upgrade e0177a15d2c9 -> 8224d872c64f

CREATE INDEX idx_member_continuity_id ON member_revision (continuity_id);

CREATE INDEX idx_package_tag_continuity_id ON package_tag_revision (continuity_id);

CREATE INDEX idx_package_continuity_id ON package_revision (continuity_id);

CREATE INDEX idx_package_extra_continuity_id ON package_extra_revision (continuity_id);

UPDATE alembic_version SET version_num='8224d872c64f' WHERE alembic_version.version_num = 'e0177a15d2c9';

-- Running upgrade 8224d872c64f -> a64cf4a79182

UPDATE alembic_version SET version_num='a64cf4a79182' WHERE alembic_version.version_num = '8224d872c64f';

-- Running upgrade a64cf4a79182 -> 8ea886d0ede4

CREATE INDEX idx_package_creator_user_id ON package (creator_user_id);

UPDATE alembic_version SET version_num='8ea886d0ede4' WHERE alembic_version.version_num = 'a64cf4a79182';

-- Running upgrade 8ea886d0ede4 -> f98d8fa2a7f7

SELECT COUNT(*) FROM related;;

