-- pg_dump writes identity columns as ALTER COLUMN ... ADD GENERATED ... AS IDENTITY
-- (SEQUENCE NAME ...) and their data by COPY; the sequences continue from setval.
INSERT INTO accounts (email, ref, token) VALUES ('b@y.z', uuid_nil(), NULL);
INSERT INTO events (account_id, kind, at) VALUES (2, 'b', '2024-02-01 00:00:00+00');
INSERT INTO accounts (id, email, ref) VALUES (9, 'c@y.z', uuid_nil());
