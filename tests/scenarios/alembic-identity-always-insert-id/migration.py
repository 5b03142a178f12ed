op.create_table(
    "line_items",
    sa.Column("id", sa.BigInteger(), sa.Identity(always=True), primary_key=True),
    sa.Column("qty", sa.Integer(), nullable=False),
    sa.Column("unit_price", sa.Numeric(10, 2), nullable=False),
)
op.execute("INSERT INTO line_items (qty, unit_price) VALUES (2, 9.99), (3, 0.10)")
op.execute("INSERT INTO line_items (id, qty, unit_price) VALUES (10, 1, 1)")
