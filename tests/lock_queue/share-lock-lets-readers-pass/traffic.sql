UPDATE users SET name = 'x' WHERE id = 1; -- already running for 800ms
SELECT * FROM users WHERE id = 2; -- at 200ms, takes 10ms
UPDATE users SET name = 'y' WHERE id = 2; -- at 400ms, takes 10ms
