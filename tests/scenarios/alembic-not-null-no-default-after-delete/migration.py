op.execute("DELETE FROM temp_rows")
op.add_column("temp_rows", sa.Column("owner", sa.String(50), nullable=False))
op.execute("INSERT INTO temp_rows (v) VALUES ('b')")
