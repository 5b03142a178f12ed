CREATE TABLE features (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    enabled boolean NOT NULL DEFAULT false
);
INSERT INTO features (label, enabled) VALUES ('a', true), ('b', false), ('c', false);
