op.add_column("line_items", sa.Column("total", sa.Numeric(12, 2), sa.Computed("qty * unit_price", persisted=True)))
op.execute("UPDATE line_items SET qty = 4 WHERE id = 1")
