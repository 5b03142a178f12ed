op.drop_column("orders", "placed_on")
