CREATE TABLE orders (id int, total varchar(3));
