from alembic import op
import sqlalchemy as sa

op.add_column("audit", sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False))
op.add_column("audit", sa.Column("at_time", sa.Time(), server_default=sa.text("LOCALTIME"), nullable=True))
op.add_column("audit", sa.Column("token", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False))
op.execute("UPDATE audit SET at_time = clock_timestamp()::time")
