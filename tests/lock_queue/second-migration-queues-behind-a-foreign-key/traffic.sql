ALTER TABLE users ADD COLUMN email text; -- at 200ms, takes 10ms
SELECT * FROM users WHERE id = 1; -- at 400ms, takes 10ms
SELECT * FROM orders WHERE id = 1; -- at 450ms, takes 10ms
