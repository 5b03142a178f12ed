CREATE VIEW paid_orders AS SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'paid';
CREATE VIEW big_paid (order_id, amt) AS SELECT id, amount FROM paid_orders WHERE amount > 7;
CREATE TABLE report (name text, total numeric);
INSERT INTO report SELECT name, sum(amount) FROM paid_orders GROUP BY name;
INSERT INTO report SELECT 'big', (SELECT sum(amt) FROM big_paid);
SELECT * FROM big_paid WHERE order_id IN (SELECT id FROM paid_orders);
