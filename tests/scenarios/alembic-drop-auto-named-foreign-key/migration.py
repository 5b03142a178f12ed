op.drop_constraint("orders_customer_id_fkey", "orders", type_="foreignkey")
op.execute("INSERT INTO orders (customer_id) VALUES (42)")
op.drop_constraint("orders_customer_id_fkey", "orders", type_="foreignkey")
