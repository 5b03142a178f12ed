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

INSERT INTO users (username, email, password, created_at, admin) VALUES ('ada', 'ada@example.com', 'x', '2024-01-01', true);

UPDATE alembic_version SET version_num='b7cfe0c17708' WHERE alembic_version.version_num = '9741fc7834da';

COMMIT;

