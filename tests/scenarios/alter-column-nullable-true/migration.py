op.alter_column("applications", "name", existing_type=sa.String(200), nullable=True)
op.execute("INSERT INTO applications (name, email) VALUES (NULL, 'anon@example.com')")
op.alter_column("applications", "email", existing_type=sa.String(200), nullable=False)
