"""orders.amount: room for bigger orders

Revision ID: a10b9c8d7e6f
Revises: f9e8d7c6b5a4
"""
from alembic import op
import sqlalchemy as sa

revision = "a10b9c8d7e6f"
down_revision = "f9e8d7c6b5a4"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "orders",
        "amount",
        type_=sa.Numeric(12, 2),
        existing_type=sa.Numeric(8, 2),
        existing_nullable=False,
    )


def downgrade():
    op.alter_column(
        "orders",
        "amount",
        type_=sa.Numeric(8, 2),
        existing_type=sa.Numeric(12, 2),
        existing_nullable=False,
    )
