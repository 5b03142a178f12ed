CREATE TABLE events (
    id serial PRIMARY KEY,
    kind varchar(40) NOT NULL,
    view_count integer NOT NULL DEFAULT 0
);
INSERT INTO events (kind, view_count) VALUES ('signup', 12), ('login', 3400), ('purchase', 7);
