op.create_check_constraint("ck_order_limit", "order", "limit > 0")
