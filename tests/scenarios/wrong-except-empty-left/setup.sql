CREATE TABLE stock (
    id integer PRIMARY KEY,
    units integer NOT NULL,
    packs integer NOT NULL
);
CREATE TABLE returns (id integer PRIMARY KEY, units integer NOT NULL);
CREATE TABLE report (n integer);
INSERT INTO stock VALUES (1, 10, 2), (2, 6, 0), (3, 9, 3);
