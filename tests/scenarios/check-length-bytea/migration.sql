-- length(bytea) counts bytes: 'héllo' is 6 (é is two bytes in UTF-8), so the first
-- CHECK holds and the second fails on row b.
ALTER TABLE associations ADD CONSTRAINT secret_length_constraint CHECK (length(secret) <= 6);
ALTER TABLE associations ADD CONSTRAINT secret_short CHECK (length(secret) < 6);
