from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("SET LOCAL lock_timeout = '2s'")
    op.execute("SET LOCAL statement_timeout = 30000")
    op.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE NOWAIT")
    op.add_column("events", sa.Column("kind_id", sa.SmallInteger(), nullable=True))
    op.execute("UPDATE events SET kind_id = CASE kind WHEN 'click' THEN 1 WHEN 'view' THEN 2 END")
    op.execute("SHOW statement_timeout")
    op.drop_column("events", "kind")
