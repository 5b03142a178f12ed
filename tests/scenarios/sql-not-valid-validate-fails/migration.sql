ALTER TABLE orders ADD CONSTRAINT ck_orders_total_min CHECK (total >= 5) NOT VALID;
INSERT INTO orders (customer_id, total) VALUES (3, 50.00);
ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_total_min;
