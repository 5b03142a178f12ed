CREATE TABLE events (
    id serial PRIMARY KEY,
    happened_at timestamp NOT NULL
);
INSERT INTO events (happened_at) VALUES ('2024-01-01 10:00:00'), ('2024-02-02 11:30:00');
