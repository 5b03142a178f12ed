"""add applications.priority

Revision ID: b2e1d3c4f5a6
Revises: a1f0c2d3e4b5
"""
from alembic import op
import sqlalchemy as sa

revision = "b2e1d3c4f5a6"
down_revision = "a1f0c2d3e4b5"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("applications", sa.Column("priority", sa.Integer(), nullable=False))


def downgrade():
    op.drop_column("applications", "priority")
