op.add_column("applications", sa.Column("priority", sa.Integer(), nullable=False))
