op.add_column(
    "audit_events",
    sa.Column("occurred_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
)
op.add_column(
    "audit_events",
    sa.Column("logged_on", sa.Date(), server_default=sa.func.current_date(), nullable=True),
)
