UPDATE orders o SET country = c.country FROM customers c WHERE c.id = o.customer_id;
DELETE FROM orders USING customers WHERE customers.id = orders.customer_id AND customers.country = 'FR';
