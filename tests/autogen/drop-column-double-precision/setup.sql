CREATE TABLE sensors (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    reading double precision NOT NULL
);
INSERT INTO sensors (label, reading) VALUES ('a', 1.5), ('b', -2.25), ('c', 0);
