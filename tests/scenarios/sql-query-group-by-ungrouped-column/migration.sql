CREATE TABLE per_customer (customer_id integer, amount numeric);
INSERT INTO per_customer SELECT customer_id, amount FROM orders GROUP BY customer_id;
