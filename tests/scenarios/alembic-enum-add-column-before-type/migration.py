op.add_column("users", sa.Column("role", sa.Enum("admin", "member", name="user_role"), nullable=True))
