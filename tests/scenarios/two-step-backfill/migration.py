from alembic import op
import sqlalchemy as sa

op.add_column("applications", sa.Column("priority", sa.Integer(), nullable=True))
op.execute("UPDATE applications SET priority = 0 WHERE priority IS NULL")
op.alter_column(
    "applications",
    "priority",
    existing_type=sa.Integer(),
    nullable=False,
    server_default="0",
)
