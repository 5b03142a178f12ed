DELETE FROM users WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY email ORDER BY id) rn FROM users) t WHERE rn > 1);
CREATE UNIQUE INDEX users_email_key ON users (email);
