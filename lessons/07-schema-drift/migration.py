"""add applications.reviewed_at

Revision ID: 0a7f6e5d4c3b
Revises: f6e5d4c3b2a1
"""
from alembic import op
import sqlalchemy as sa

revision = "0a7f6e5d4c3b"
down_revision = "f6e5d4c3b2a1"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("applications", sa.Column("reviewed_at", sa.DateTime(), nullable=True))


def downgrade():
    op.drop_column("applications", "reviewed_at")
