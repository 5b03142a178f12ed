CREATE TABLE shelves (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    slot smallint NOT NULL DEFAULT 0
);
INSERT INTO shelves (label, slot) VALUES ('a', 1), ('b', 2), ('c', 3);
