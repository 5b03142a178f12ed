op.execute("UPDATE customers SET tier = 'silver' WHERE tier = 'basic'; UPDATE orders SET note = 'migrated' WHERE total > 10")
op.execute("""
    DELETE FROM orders WHERE total = 0;
    DELETE FROM customers WHERE id = 3;
""")
op.execute("INSERT INTO customers (name) VALUES ('Umbrella');;  INSERT INTO orders (customer_id, total) VALUES (4, 1.5)")
