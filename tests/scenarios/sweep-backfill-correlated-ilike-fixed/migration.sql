ALTER TABLE orders ADD COLUMN customer_id integer;
INSERT INTO customers (name)
SELECT DISTINCT o.customer FROM orders o
WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE lower(c.name) = lower(o.customer))
ORDER BY 1;
UPDATE orders SET customer_id = (
  SELECT min(c.id) FROM customers c WHERE lower(c.name) = lower(orders.customer)
);
ALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;
ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders DROP COLUMN customer;
