op.drop_column("products", "price")
op.execute("UPDATE products SET sale_price = 500 WHERE name = 'Mouse'")
op.execute("UPDATE products SET stock = -1 WHERE name = 'Keyboard'")
