op.create_index("ix_applications_email", "applications", ["email"])
op.create_index("ix_applications_status_created_at", "applications", ["status", "created_at"])
op.create_index("ix_applications_lower_name", "applications", [sa.text("lower(name)")])
