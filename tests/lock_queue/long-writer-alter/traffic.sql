UPDATE users SET name = 'c' WHERE id = 1; -- already running for 1s
SELECT * FROM users WHERE id = 2; -- at 300ms, takes 10ms
UPDATE users SET name = 'd' WHERE id = 2; -- at 500ms, takes 10ms
