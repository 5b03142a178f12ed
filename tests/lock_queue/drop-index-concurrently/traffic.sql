SELECT count(*) FROM users; -- already running for 1s
SELECT * FROM users WHERE id = 1; -- at 300ms, takes 10ms
UPDATE users SET name = 'c' WHERE id = 2; -- at 600ms, takes 10ms
