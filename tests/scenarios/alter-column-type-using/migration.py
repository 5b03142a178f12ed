op.alter_column(
    "sensors", "reading",
    existing_type=sa.String(20), type_=sa.Numeric(6, 1),
    postgresql_using="reading::numeric(6, 1)",
)
op.alter_column(
    "sensors", "active",
    existing_type=sa.String(5), type_=sa.Boolean(),
    postgresql_using="active::boolean",
)
op.alter_column(
    "sensors", "installed",
    existing_type=sa.String(30), type_=sa.Date(),
    postgresql_using="installed::date",
)
