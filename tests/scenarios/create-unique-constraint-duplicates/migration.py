op.create_unique_constraint("uq_users_username", "users", ["username"])
op.execute("UPDATE users SET username = 'ada' WHERE username = 'ada2'")
