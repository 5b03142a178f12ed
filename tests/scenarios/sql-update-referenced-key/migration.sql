UPDATE customers SET id = 30 WHERE name = 'Initech';
UPDATE orders SET customer_id = 3 WHERE customer_id IS NULL;
