CREATE TABLE settings (
    id serial PRIMARY KEY,
    key varchar(30) NOT NULL
);
INSERT INTO settings (key) VALUES ('theme'), ('lang');
