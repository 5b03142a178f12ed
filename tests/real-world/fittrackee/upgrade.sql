BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 9741fc7834da

CREATE TABLE users (
    id SERIAL NOT NULL, 
    username VARCHAR(20) NOT NULL, 
    email VARCHAR(120) NOT NULL, 
    password VARCHAR(255) NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    admin BOOLEAN NOT NULL, 
    first_name VARCHAR(80), 
    last_name VARCHAR(80), 
    birth_date TIMESTAMP WITHOUT TIME ZONE, 
    location VARCHAR(80), 
    bio VARCHAR(200), 
    picture VARCHAR(255), 
    PRIMARY KEY (id), 
    UNIQUE (email), 
    UNIQUE (username)
);

INSERT INTO alembic_version (version_num) VALUES ('9741fc7834da') RETURNING alembic_version.version_num;

-- Running upgrade 9741fc7834da -> b7cfe0c17708

CREATE TABLE sports (
    id SERIAL NOT NULL, 
    label VARCHAR(50) NOT NULL, 
    img VARCHAR(255), 
    is_default BOOLEAN NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (label)
);

CREATE TABLE activities (
    id SERIAL NOT NULL, 
    user_id INTEGER NOT NULL, 
    sport_id INTEGER NOT NULL, 
    title VARCHAR(255), 
    gpx VARCHAR(255), 
    creation_date TIMESTAMP WITHOUT TIME ZONE, 
    modification_date TIMESTAMP WITHOUT TIME ZONE, 
    activity_date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    duration INTERVAL NOT NULL, 
    pauses INTERVAL, 
    moving INTERVAL, 
    distance NUMERIC(6, 3), 
    min_alt NUMERIC(6, 2), 
    max_alt NUMERIC(6, 2), 
    descent NUMERIC(7, 2), 
    ascent NUMERIC(7, 2), 
    max_speed NUMERIC(6, 2), 
    ave_speed NUMERIC(6, 2), 
    PRIMARY KEY (id), 
    FOREIGN KEY(sport_id) REFERENCES sports (id), 
    FOREIGN KEY(user_id) REFERENCES users (id)
);

INSERT INTO sports (label, img, is_default)
        VALUES 
            ('Cycling (Sport)', '/img/sports/cycling-sport.png', True),
            ('Cycling (Transport)', '/img/sports/cycling-transport.png', True),
            ('Hiking', '/img/sports/hiking.png', True),
            ('Mountain Biking', '/img/sports/mountain-biking.png', True),
            ('Running', '/img/sports/running.png', True),
            ('Walking', '/img/sports/walking.png', True);

UPDATE alembic_version SET version_num='b7cfe0c17708' WHERE alembic_version.version_num = '9741fc7834da';

-- Running upgrade b7cfe0c17708 -> caf0e0dc621a

CREATE TYPE record_types AS ENUM ('AS', 'FD', 'LD', 'MS');

CREATE TABLE records (
    id SERIAL NOT NULL, 
    user_id INTEGER NOT NULL, 
    sport_id INTEGER NOT NULL, 
    activity_id INTEGER NOT NULL, 
    record_type record_types, 
    activity_date TIMESTAMP WITHOUT TIME ZONE NOT NULL, 
    value INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(activity_id) REFERENCES activities (id), 
    FOREIGN KEY(sport_id) REFERENCES sports (id), 
    FOREIGN KEY(user_id) REFERENCES users (id), 
    CONSTRAINT user_sports_records UNIQUE (user_id, sport_id, record_type)
);

UPDATE alembic_version SET version_num='caf0e0dc621a' WHERE alembic_version.version_num = 'b7cfe0c17708';

-- Running upgrade caf0e0dc621a -> dd73d23a7a3d

CREATE TABLE activity_segments (
    activity_id INTEGER NOT NULL, 
    segment_id INTEGER NOT NULL, 
    duration INTERVAL NOT NULL, 
    pauses INTERVAL, 
    moving INTERVAL, 
    distance NUMERIC(6, 3), 
    min_alt NUMERIC(6, 2), 
    max_alt NUMERIC(6, 2), 
    descent NUMERIC(7, 2), 
    ascent NUMERIC(7, 2), 
    max_speed NUMERIC(6, 2), 
    ave_speed NUMERIC(6, 2), 
    PRIMARY KEY (activity_id, segment_id), 
    FOREIGN KEY(activity_id) REFERENCES activities (id)
);

UPDATE alembic_version SET version_num='dd73d23a7a3d' WHERE alembic_version.version_num = 'caf0e0dc621a';

-- Running upgrade dd73d23a7a3d -> 92adde6ac0d0

ALTER TABLE activities ADD COLUMN bounds FLOAT[];

UPDATE alembic_version SET version_num='92adde6ac0d0' WHERE alembic_version.version_num = 'dd73d23a7a3d';

-- Running upgrade 92adde6ac0d0 -> 5a42db64e872

ALTER TABLE activities ADD COLUMN map VARCHAR(255);

ALTER TABLE sports ADD UNIQUE (img);

UPDATE alembic_version SET version_num='5a42db64e872' WHERE alembic_version.version_num = '92adde6ac0d0';

-- Running upgrade 5a42db64e872 -> 9f8c9c37da44

ALTER TABLE activities ADD COLUMN map_id VARCHAR(50);

UPDATE alembic_version SET version_num='9f8c9c37da44' WHERE alembic_version.version_num = '5a42db64e872';

-- Running upgrade 9f8c9c37da44 -> e82e5e9447de

ALTER TABLE users ADD COLUMN timezone VARCHAR(50);

UPDATE alembic_version SET version_num='e82e5e9447de' WHERE alembic_version.version_num = '9f8c9c37da44';

-- Running upgrade e82e5e9447de -> 71093ac9ca44

ALTER TABLE activities ADD COLUMN weather_end JSON;

ALTER TABLE activities ADD COLUMN weather_start JSON;

UPDATE alembic_version SET version_num='71093ac9ca44' WHERE alembic_version.version_num = 'e82e5e9447de';

-- Running upgrade 71093ac9ca44 -> 096dd0b43beb

ALTER TABLE activities ADD COLUMN notes VARCHAR(500);

UPDATE alembic_version SET version_num='096dd0b43beb' WHERE alembic_version.version_num = '71093ac9ca44';

-- Running upgrade 096dd0b43beb -> 27425324c9e3

ALTER TABLE users ADD COLUMN weekm BOOLEAN;

UPDATE users SET weekm = false;

ALTER TABLE users ALTER COLUMN weekm SET NOT NULL;

UPDATE alembic_version SET version_num='27425324c9e3' WHERE alembic_version.version_num = '096dd0b43beb';

-- Running upgrade 27425324c9e3 -> f69f1e413bde

ALTER TABLE users ADD COLUMN language VARCHAR(50);

UPDATE alembic_version SET version_num='f69f1e413bde' WHERE alembic_version.version_num = '27425324c9e3';

-- Running upgrade f69f1e413bde -> 1345afe3b11d

ALTER TABLE sports ADD COLUMN is_active BOOLEAN;

UPDATE sports SET is_active = true;

ALTER TABLE sports ALTER COLUMN is_active SET NOT NULL;

ALTER TABLE sports DROP COLUMN is_default;

UPDATE alembic_version SET version_num='1345afe3b11d' WHERE alembic_version.version_num = 'f69f1e413bde';

-- Running upgrade 1345afe3b11d -> 8a0aad4c838c

CREATE TABLE app_config (
    id SERIAL NOT NULL, 
    max_users INTEGER NOT NULL, 
    gpx_limit_import INTEGER NOT NULL, 
    max_single_file_size INTEGER NOT NULL, 
    max_zip_file_size INTEGER NOT NULL, 
    PRIMARY KEY (id)
);

UPDATE alembic_version SET version_num='8a0aad4c838c' WHERE alembic_version.version_num = '1345afe3b11d';

-- Running upgrade 8a0aad4c838c -> 3243cd25eca7

ALTER TABLE activities ADD COLUMN uuid UUID;

ALTER TABLE activities ADD CONSTRAINT activities_uuid_key UNIQUE (uuid);

ALTER TABLE activity_segments ADD COLUMN activity_uuid UUID;

ALTER TABLE records ADD COLUMN activity_uuid UUID;

SELECT activities.id, activities.uuid 
FROM activities;

