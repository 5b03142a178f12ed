op.create_check_constraint("ck_products_price_positive", "products", sa.column("price") > 0)
op.create_check_constraint("ck_products_qty", "products", sa.and_(sa.column("qty") >= 0, sa.column("qty") < 100))
op.execute("UPDATE products SET qty = 100 WHERE id = 1")
