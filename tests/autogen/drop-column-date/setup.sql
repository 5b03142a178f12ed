CREATE TABLE events (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    happened_on date
);
INSERT INTO events (label, happened_on) VALUES ('a', '2024-01-01'), ('b', NULL);
