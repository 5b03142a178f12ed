CREATE TABLE counters (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    hits bigint
);
INSERT INTO counters (label, hits) VALUES ('a', 9000000000), ('b', NULL);
