CREATE INDEX users_name ON users (name); -- rehearse: hold 300ms
