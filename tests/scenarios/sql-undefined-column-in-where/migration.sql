DELETE FROM orders WHERE customer_id = 17;
