DROP TABLE orders CASCADE;
CREATE TABLE orders (id int);
