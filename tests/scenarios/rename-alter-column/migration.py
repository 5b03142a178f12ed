op.alter_column(
    "vendors",
    "name",
    new_column_name="business_name",
    existing_type=sa.String(200),
)
