from sqlalchemy.dialects import postgresql

settings = sa.table(
    "settings",
    sa.column("key", sa.String()),
    sa.column("value", postgresql.JSONB()),
)
op.bulk_insert(settings, [{"key": "features", "value": {"beta": True}}])
