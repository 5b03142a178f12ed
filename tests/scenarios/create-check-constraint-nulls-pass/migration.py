op.create_check_constraint("ck_users_age_range", "users", sa.text("age BETWEEN 0 AND 130"))
op.create_check_constraint("ck_users_email_has_at", "users", "email LIKE '%@%'")
op.execute("INSERT INTO users (email, username, age) VALUES (NULL, 'anon', NULL)")
op.execute("UPDATE users SET age = 200 WHERE username = 'grace'")
