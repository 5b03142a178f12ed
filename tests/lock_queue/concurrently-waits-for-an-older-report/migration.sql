COMMIT;
CREATE INDEX CONCURRENTLY users_name ON users (name); -- rehearse: hold 100ms
