op.create_index(
    "uq_users_email_active",
    "users",
    ["email"],
    unique=True,
    postgresql_where=sa.text("deleted_at IS NULL"),
)
op.execute("INSERT INTO users (email, username, deleted_at) VALUES ('alan@example.com', 'alan-old', '2023-05-01 00:00:00')")
op.execute("INSERT INTO users (email, username) VALUES ('alan@example.com', 'alan-dup')")
