ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
INSERT INTO orders (customer_id, total) VALUES (42, 5.00);
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
INSERT INTO orders (customer_id, total) VALUES (43, 6.00);
