INSERT INTO roles VALUES (2, 'BOB'), (3, 'Carol');
