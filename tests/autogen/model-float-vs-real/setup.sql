CREATE TABLE sensors (
    id serial PRIMARY KEY,
    ratio real
);
INSERT INTO sensors (ratio) VALUES (0.5), (NULL), (1.25);
