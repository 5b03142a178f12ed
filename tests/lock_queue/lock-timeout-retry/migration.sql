-- rehearse: retry 2 after 300ms
SET LOCAL lock_timeout = '400ms';
ALTER TABLE users ADD COLUMN email text; -- rehearse: hold 100ms
