"""add application owner

Revision ID: 3f2a9c1d7b10
Revises: 1c0e5b7a2d44
"""
from alembic import op
import sqlalchemy as sa

revision = "3f2a9c1d7b10"
down_revision = "1c0e5b7a2d44"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("applications", sa.Column("owner", sa.String(length=100), nullable=False))


def downgrade():
    op.drop_column("applications", "owner")
