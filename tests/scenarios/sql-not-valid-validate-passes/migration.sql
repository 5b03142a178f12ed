ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
INSERT INTO orders (customer_id, total) VALUES (42, 5.00);
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
DELETE FROM orders WHERE customer_id = 42;
ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer;
ALTER TABLE orders ADD CONSTRAINT ck_orders_total_positive CHECK (total > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_positive;
