op.create_unique_constraint(op.f("uq_users_email_age"), "users", ["email", "age"])
op.create_unique_constraint(None, "users", ["email"])
