CREATE TABLE project (id varchar(64) PRIMARY KEY);
CREATE TABLE person (id serial PRIMARY KEY, project_id varchar(64) REFERENCES project (id), name text, weight double precision);
INSERT INTO project VALUES ('p');
INSERT INTO person (project_id, name, weight) VALUES ('p', 'ann', NULL), ('p', 'bob', 2);
