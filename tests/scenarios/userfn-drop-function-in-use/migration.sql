INSERT INTO accounts (id) VALUES (3);
DROP FUNCTION default_quota(text);
