CREATE TABLE settings (
    id serial PRIMARY KEY,
    owner text NOT NULL,
    prefs jsonb
);
INSERT INTO settings (owner, prefs) VALUES ('ada', '{"lang": "en"}'), ('alan', '{}'), ('grace', NULL);
