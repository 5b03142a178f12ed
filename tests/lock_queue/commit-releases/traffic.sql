SELECT count(*) FROM orders; -- already running for 700ms
SELECT * FROM users WHERE id = 1; -- at 450ms, takes 10ms
SELECT * FROM orders WHERE id = 1; -- at 500ms, takes 10ms
