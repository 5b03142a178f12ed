CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamp);
CREATE UNIQUE INDEX accounts_live_email ON accounts (email) WHERE deleted_at IS NULL;
INSERT INTO accounts VALUES (1, 'a@x', NULL);
