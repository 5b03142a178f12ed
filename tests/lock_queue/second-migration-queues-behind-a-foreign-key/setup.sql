CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE TABLE orders (id int PRIMARY KEY, user_id int);
INSERT INTO users VALUES (1, 'a'), (2, 'b');
INSERT INTO orders VALUES (1, 1), (2, 2);
