CREATE TABLE items (price integer);
INSERT INTO items (price) VALUES (2147483647), (1);
