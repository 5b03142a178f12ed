SELECT count(*) FROM users; -- already running for 1s
SELECT * FROM users WHERE id = 1; -- at 200ms, takes 10ms
