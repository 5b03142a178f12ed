-- A dedupe by exact email leaves ADA@ and Alan@ in place; the index on lower(email) then fails.
DELETE FROM users a USING users b
WHERE a.email = b.email AND a.id > b.id;
CREATE UNIQUE INDEX ix_users_lower_email ON users (lower(email));
