op.add_column("orders", sa.Column("discount", sa.Numeric(10, 2), nullable=True))
op.execute("UPDATE orders SET discount = total * 0.1; UPDATE orders SET discont = 0 WHERE total < 10;")
op.execute("UPDATE customers SET tier = 'gold'")
