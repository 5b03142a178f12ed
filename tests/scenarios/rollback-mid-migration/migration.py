op.add_column("applications", sa.Column("notes", sa.Text(), nullable=True))
op.alter_column("applications", "email", existing_type=sa.String(200), nullable=False)
op.create_index("ix_applications_email", "applications", ["email"])
