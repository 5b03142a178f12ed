CREATE TABLE sensors (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    ratio real
);
INSERT INTO sensors (label, ratio) VALUES ('a', 0.5), ('b', NULL);
