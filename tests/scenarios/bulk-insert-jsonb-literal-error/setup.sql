CREATE TABLE settings (
    id serial PRIMARY KEY,
    key varchar(100) NOT NULL,
    value jsonb
);
INSERT INTO settings (key, value) VALUES ('theme', '{"dark": true}'), ('limits', NULL);
