DO $$
BEGIN
  PERFORM 1
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  WHERE c.relname = 'orders' AND con.contype = 'f';
  IF NOT FOUND THEN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
      FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;
  END IF;
END
$$;
DELETE FROM orders WHERE customer_id NOT IN (SELECT id FROM customers);
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;
