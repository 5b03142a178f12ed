CREATE OR REPLACE VIEW order_totals AS SELECT c.name AS customer, count(o.id) AS orders, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
