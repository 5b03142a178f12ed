CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2) NOT NULL);
INSERT INTO orders VALUES (1, 10.00), (2, -5.00), (3, 0);
