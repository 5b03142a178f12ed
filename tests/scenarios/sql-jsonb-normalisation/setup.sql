CREATE TABLE settings (
    id serial PRIMARY KEY,
    owner text NOT NULL,
    prefs jsonb,
    raw json
);
INSERT INTO settings (owner) VALUES ('ada'), ('alan'), ('grace');
