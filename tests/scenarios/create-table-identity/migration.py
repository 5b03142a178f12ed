op.create_table(
    "tickets",
    sa.Column("id", sa.Integer(), sa.Identity(always=True, start=100, increment=5), primary_key=True),
    sa.Column("ref", sa.BigInteger(), sa.Identity(), nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
)
op.execute("INSERT INTO tickets (title) VALUES ('Login broken'), ('Typo on homepage'), ('Slow search')")
op.execute("INSERT INTO tickets (id, title) VALUES (1, 'Manual id')")
