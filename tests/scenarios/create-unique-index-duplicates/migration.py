op.create_index("uq_applications_email", "applications", ["email"], unique=True)
