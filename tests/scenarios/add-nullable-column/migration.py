op.add_column("applications", sa.Column("notes", sa.Text(), nullable=True))
