CREATE TABLE users (id int PRIMARY KEY);
CREATE SEQUENCE invoice_numbers;
