UPDATE orders SET customer_id = 17 WHERE customer_ref = 17;
UPDATE orders SET customer_id = 23 WHERE customer_id = customer_ref;
