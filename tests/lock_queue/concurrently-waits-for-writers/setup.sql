CREATE TABLE users (id int PRIMARY KEY, name text);
INSERT INTO users VALUES (1, 'a'), (2, 'b');
CREATE TABLE orders (id int PRIMARY KEY, total int);
INSERT INTO orders VALUES (1, 10);
