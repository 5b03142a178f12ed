op.create_index(
    "ix_applications_email",
    "applications",
    ["email"],
    postgresql_concurrently=True,
)
