CREATE TABLE devices (
    id serial PRIMARY KEY,
    label varchar(50) NOT NULL,
    enabled boolean NOT NULL DEFAULT true
);
CREATE TABLE sessions (
    id serial PRIMARY KEY,
    token varchar(64) NOT NULL UNIQUE,
    started_at timestamp NOT NULL DEFAULT now(),
    ttl_seconds integer DEFAULT 3600
);
INSERT INTO devices (label, enabled) VALUES ('laptop', true), ('phone', false);
INSERT INTO sessions (token) VALUES ('tok-a'), ('tok-b');
INSERT INTO sessions (token, ttl_seconds) VALUES ('tok-c', NULL);
