op.add_column(
    "applications",
    sa.Column("score", sa.Numeric(5, 2), server_default=sa.text("2.5"), nullable=False),
)
op.add_column(
    "applications",
    sa.Column("reviewed_on", sa.Date(), server_default=sa.text("'2024-06-01'::date"), nullable=True),
)
