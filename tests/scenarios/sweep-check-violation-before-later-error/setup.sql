CREATE TABLE accounts (price integer);
INSERT INTO accounts (price) VALUES (7), (2147483647);
