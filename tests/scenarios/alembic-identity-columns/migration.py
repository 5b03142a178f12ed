op.create_table(
    "orders",
    sa.Column("id", sa.BigInteger(), sa.Identity(always=True, start=100, increment=10), primary_key=True),
    sa.Column("note", sa.Text(), nullable=True),
)
op.execute("INSERT INTO orders (note) VALUES ('first'), ('second')")
op.add_column("legacy", sa.Column("id", sa.Integer(), sa.Identity(start=1), nullable=False))
op.execute("INSERT INTO orders (id, note) VALUES (1, 'explicit')")
