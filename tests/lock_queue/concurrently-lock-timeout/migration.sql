SET lock_timeout = '400ms';
COMMIT;
CREATE INDEX CONCURRENTLY users_name ON users (name); -- rehearse: hold 100ms
