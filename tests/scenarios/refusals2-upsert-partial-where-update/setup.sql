CREATE TABLE api_keys (id serial PRIMARY KEY, owner text NOT NULL, label text NOT NULL, uses integer NOT NULL DEFAULT 0, revoked boolean NOT NULL DEFAULT false);
CREATE UNIQUE INDEX api_keys_active_label ON api_keys (owner, label) WHERE NOT revoked;
INSERT INTO api_keys (owner, label, revoked) VALUES ('ann', 'ci', true), ('ann', 'ci', false), ('bob', 'deploy', false);
