BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> b9a10d5d63ce

CREATE TABLE project (
    id VARCHAR(64) NOT NULL, 
    name TEXT, 
    password VARCHAR(128), 
    contact_email VARCHAR(128), 
    PRIMARY KEY (id)
);

CREATE TABLE archive (
    id SERIAL NOT NULL, 
    project_id VARCHAR(64), 
    name TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE person (
    id SERIAL NOT NULL, 
    project_id VARCHAR(64), 
    name TEXT, 
    activated BOOLEAN, 
    PRIMARY KEY (id), 
    FOREIGN KEY(project_id) REFERENCES project (id)
);

CREATE TABLE bill (
    id SERIAL NOT NULL, 
    payer_id INTEGER, 
    amount FLOAT, 
    date DATE, 
    what TEXT, 
    archive INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(archive) REFERENCES archive (id), 
    FOREIGN KEY(payer_id) REFERENCES person (id)
);

CREATE TABLE billowers (
    bill_id INTEGER, 
    person_id INTEGER, 
    FOREIGN KEY(bill_id) REFERENCES bill (id), 
    FOREIGN KEY(person_id) REFERENCES person (id)
);

INSERT INTO alembic_version (version_num) VALUES ('b9a10d5d63ce') RETURNING alembic_version.version_num;

-- Running upgrade b9a10d5d63ce -> 26d6a218c329

ALTER TABLE person ADD COLUMN weight FLOAT;

UPDATE alembic_version SET version_num='26d6a218c329' WHERE alembic_version.version_num = 'b9a10d5d63ce';

-- Running upgrade 26d6a218c329 -> f629c8ef4ab0

UPDATE person SET weight=1 WHERE person.weight IS NULL;

UPDATE alembic_version SET version_num='f629c8ef4ab0' WHERE alembic_version.version_num = '26d6a218c329';

COMMIT;

