op.create_check_constraint("ck_users_adult", "users", "age >= 18")
