CREATE TABLE plans (
    id integer PRIMARY KEY,
    tier integer NOT NULL
);
CREATE TABLE offers (
    id integer PRIMARY KEY,
    tier integer GENERATED ALWAYS AS (5) VIRTUAL,
    base integer NOT NULL,
    doubled integer GENERATED ALWAYS AS (base * 2) VIRTUAL
);
CREATE TABLE matches (plan_id integer, offer_id integer);
INSERT INTO plans VALUES (1, 5), (2, 3);
INSERT INTO offers (id, base) VALUES (1, 2), (3, 4);
