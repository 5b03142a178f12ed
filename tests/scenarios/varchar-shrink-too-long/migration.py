op.alter_column(
    "applications",
    "name",
    existing_type=sa.String(200),
    type_=sa.String(10),
    existing_nullable=False,
)
