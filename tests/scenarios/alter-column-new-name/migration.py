op.create_index("ix_applications_email", "applications", ["email"])
op.alter_column("applications", "email", new_column_name="contact_email")
op.execute("UPDATE applications SET contact_email = lower(name) || '@example.org' WHERE contact_email IS NULL")
op.execute("SELECT email FROM applications")
