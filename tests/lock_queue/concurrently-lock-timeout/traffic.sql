SELECT count(*) FROM orders; -- already running for 2s
UPDATE users SET name = 'c' WHERE id = 2; -- at 200ms, takes 10ms
