CREATE TABLE x (n bigint);
INSERT INTO x SELECT sum(count(*)) FROM orders;
