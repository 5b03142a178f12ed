op.add_column("applications", sa.Column("source", sa.String(50), server_default="web", nullable=True))
