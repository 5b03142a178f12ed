CREATE TABLE order_items (order_id integer NOT NULL REFERENCES orders(id), line integer NOT NULL, sku text NOT NULL, qty integer NOT NULL, price numeric(10,2) NOT NULL, PRIMARY KEY (order_id, line));
ALTER TABLE orders ADD COLUMN city text, ADD COLUMN customer jsonb;
UPDATE orders SET city = payload #>> '{customer,address,city}', customer = jsonb_strip_nulls(payload -> 'customer');
INSERT INTO order_items (order_id, line, sku, qty, price)
SELECT o.id, e.ord, e.item ->> 'sku', (e.item ->> 'qty')::int, (e.item ->> 'price')::numeric
FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.payload -> 'items') WITH ORDINALITY AS e(item, ord);
