-- A setup pasted from `pg_dump` (plain format, pg_dump 18: \restrict, COPY data,
-- sequences set with setval); the migration names tables without their schema.
INSERT INTO users (email, name) VALUES ('dan@example.com', 'Dan');
ALTER TABLE posts ADD COLUMN published_at timestamp;
UPDATE posts SET published_at = '2024-05-01 00:00:00' WHERE state = 'live';
CREATE UNIQUE INDEX users_name_key ON users (name varchar_pattern_ops);
