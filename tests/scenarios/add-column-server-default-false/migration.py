op.add_column("applications", sa.Column("archived", sa.Boolean(), server_default=sa.false(), nullable=False))
op.add_column("applications", sa.Column("visible", sa.Boolean(), server_default=sa.true(), nullable=True))
