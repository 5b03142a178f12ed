CREATE TABLE measurements (
    id serial PRIMARY KEY,
    value double precision NOT NULL
);
INSERT INTO measurements (value) VALUES (1.5), (2.75);
