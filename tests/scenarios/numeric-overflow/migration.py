op.alter_column(
    "orders",
    "total",
    existing_type=sa.Numeric(10, 2),
    type_=sa.Numeric(5, 2),
)
