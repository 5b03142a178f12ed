op.alter_column("applications", "score", existing_type=sa.String(10), type_=sa.Integer())
