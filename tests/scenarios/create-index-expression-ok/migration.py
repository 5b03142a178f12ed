op.create_index(op.f("ix_users_username"), "users", ["username"], unique=True)
op.create_index("ix_users_lower_username_age", "users", [sa.text("lower(username)"), "age"])
op.create_index(op.f("ix_users_age"), "users", [sa.text("age DESC")], postgresql_where=sa.text("age >= 18"))
op.drop_index(op.f("ix_users_username"), table_name="users")
