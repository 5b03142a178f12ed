-- A pg_dump setup with a citext column behind a unique constraint: the new address
-- differs from an existing one only in case.
INSERT INTO users (email, name) VALUES ('a@X.COM', 'Another Ann');
