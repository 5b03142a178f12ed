op.add_column("events", sa.Column("day", sa.Date(), sa.Computed("at::date", persisted=True)))
