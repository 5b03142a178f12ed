CREATE TABLE events (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    happened_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO events (label, happened_at) VALUES ('a', '2024-01-01 10:00:00+00'), ('b', '2024-06-30 23:59:59+02');
