CREATE TABLE owners (
    id serial PRIMARY KEY,
    name varchar(50) NOT NULL
);
INSERT INTO owners (name) VALUES ('ann'), ('bo');
CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message text NOT NULL
);
INSERT INTO audit_log (message) VALUES ('start'), ('stop');
