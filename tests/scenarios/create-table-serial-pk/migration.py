op.create_table(
    "customers",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("email", sa.String(200)),
)
op.execute("INSERT INTO customers (name, email) VALUES ('Ada Lovelace', 'ada@example.com'), ('Alan Turing', NULL)")
op.execute("INSERT INTO customers (id, name) VALUES (10, 'Grace Hopper')")
op.execute("INSERT INTO customers (name) VALUES ('Katherine Johnson')")
