op.add_column(
    "applications",
    sa.Column("priority", sa.Integer(), nullable=False, server_default="3"),
)
op.add_column(
    "applications",
    sa.Column("region", sa.String(length=10), nullable=False, server_default="EU"),
)
op.execute("UPDATE applications SET priority = priority + 1 WHERE status = 'new'")
