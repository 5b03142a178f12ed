op.alter_column("applications", "email", existing_type=sa.String(200), nullable=False)
