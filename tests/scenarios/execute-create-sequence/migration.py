"""Number tickets from a sequence of their own.

Revision ID: 5e9c0a1b2c3d
Revises:
Create Date: 2026-12-07 02:50:00

"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import CreateSequence, DropSequence, Sequence

revision = "5e9c0a1b2c3d"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    if op._proxy.migration_context.dialect.supports_sequences:
        op.execute(CreateSequence(Sequence("ticket_number_seq", start=100, increment=10, data_type=sa.BigInteger)))
    op.add_column(
        "tickets",
        sa.Column("number", sa.BigInteger(), server_default=sa.text("nextval('ticket_number_seq')"), nullable=False),
    )


def downgrade():
    op.drop_column("tickets", "number")
    op.execute(DropSequence(Sequence("ticket_number_seq")))
