op.alter_column("posts", "title", existing_type=sa.VARCHAR(length=50), type_=sa.String(length=100), existing_nullable=False)
op.alter_column("posts", "slug", existing_type=sa.VARCHAR(length=200), type_=sa.String(length=100))
op.alter_column("posts", "body", type_=sa.String(length=100))
