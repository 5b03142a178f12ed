CREATE TABLE applications (id serial PRIMARY KEY, name varchar(200) NOT NULL);
INSERT INTO applications (name) VALUES ('Ada Lovelace'), ('Alan Turing');
-- created manually in production before the migration was written
CREATE TABLE interviews (id serial PRIMARY KEY, application_id integer, notes text);
CREATE INDEX ix_interviews_application_id ON interviews (application_id);
