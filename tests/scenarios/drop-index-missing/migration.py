op.drop_index("ix_users_email", table_name="users")
