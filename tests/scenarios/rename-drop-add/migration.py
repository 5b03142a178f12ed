op.drop_column("vendors", "name")
op.add_column("vendors", sa.Column("business_name", sa.String(200), nullable=True))
