op.add_column("applications", sa.Column("referrer", sa.String(100), index=True, nullable=True))
