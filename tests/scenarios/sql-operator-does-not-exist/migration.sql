UPDATE orders SET total = total + 1 WHERE customer_ref = '17';
DELETE FROM customers WHERE id IN (SELECT customer_ref FROM orders WHERE total > 15);
