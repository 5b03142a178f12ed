SET lock_timeout = '300ms';
ALTER TABLE users ADD COLUMN email text; -- rehearse: hold 100ms
