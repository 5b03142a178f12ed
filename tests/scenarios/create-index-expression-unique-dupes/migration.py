op.create_index("ix_users_lower_email", "users", [sa.text("lower(email)")])
op.create_index("uq_users_lower_email", "users", [sa.text("lower(email)")], unique=True)
