op.execute("DELETE FROM orders WHERE total = 0")
op.execute("DELETE FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)")
