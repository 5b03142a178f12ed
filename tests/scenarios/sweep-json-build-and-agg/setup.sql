CREATE TABLE addresses (id serial PRIMARY KEY, user_id int NOT NULL, kind text NOT NULL, street text, city text NOT NULL);
INSERT INTO addresses (user_id, kind, street, city) VALUES (1, 'home', '1 Main St', 'Oslo'), (1, 'work', NULL, 'Bergen'), (2, 'home', '9 Elm', 'Paris');
CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO users VALUES (1, 'ada'), (2, 'bob'), (3, 'cy');
