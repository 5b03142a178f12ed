CREATE TABLE some_users (id integer);
INSERT INTO some_users SELECT id FROM users ORDER BY id LIMIT -1;
