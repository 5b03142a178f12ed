op.create_table("t", sa.Column("a", sa.String(1000000000)))
