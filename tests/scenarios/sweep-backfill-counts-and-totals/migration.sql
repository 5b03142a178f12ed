ALTER TABLE customers ADD COLUMN order_count integer NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN lifetime numeric(10,2);
ALTER TABLE customers ADD COLUMN last_order date;
UPDATE customers c SET order_count = (SELECT count(*) FROM orders o WHERE o.customer_id = c.id),
  lifetime = (SELECT sum(amount) FROM orders o WHERE o.customer_id = c.id),
  last_order = (SELECT o.placed FROM orders o WHERE o.customer_id = c.id ORDER BY o.placed DESC LIMIT 1);
UPDATE customers SET lifetime = 0 WHERE lifetime IS NULL;
ALTER TABLE customers ALTER COLUMN lifetime SET NOT NULL;
ALTER TABLE customers ADD CONSTRAINT lifetime_nonneg CHECK (lifetime >= 0);
