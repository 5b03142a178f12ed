op.add_column("line_items", sa.Column("total", sa.Numeric(12, 2), sa.Computed("qty * unit_price")))
op.execute("UPDATE line_items SET total = 0")
