CREATE UNIQUE INDEX uq_users_email_live ON users (lower(email)) WHERE NOT deleted;
INSERT INTO users VALUES (4, 'A@X', true);
UPDATE users SET deleted = false WHERE id = 4;
