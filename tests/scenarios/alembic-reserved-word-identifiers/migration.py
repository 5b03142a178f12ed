op.create_table(
    "user",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("select", sa.String(20), nullable=False),
    sa.Column("group", sa.String(20)),
)
op.create_table(
    "order",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("user", sa.Integer(), sa.ForeignKey("user.id"), nullable=False),
    sa.Column("limit", sa.Integer(), server_default="10", nullable=False),
    sa.Column("from", sa.Date()),
)
op.create_index(op.f("ix_order_user"), "order", ["user"])
op.add_column("order", sa.Column("table", sa.Text(), nullable=True))
op.create_check_constraint("ck_order_limit", "order", sa.text('"limit" > 0'))
op.execute("""INSERT INTO "user" (id, "select", "group") VALUES (1, 'a', 'admins'), (2, 'b', NULL)""")
op.execute("""INSERT INTO "order" (id, "user", "from") VALUES (1, 1, '2024-01-01'), (2, 2, NULL)""")
op.alter_column("order", "limit", new_column_name="offset")
op.execute("""INSERT INTO "order" (id, "user", "offset") VALUES (3, 1, 0)""")
