CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE gpg_keys (id int PRIMARY KEY, key_id citext NOT NULL, CONSTRAINT gpg_keys_valid_key_id CHECK (key_id ~* '^[A-F0-9]{8}$'::citext));
INSERT INTO gpg_keys VALUES (1, 'ABCDEF01'), (2, 'abcdef02');
