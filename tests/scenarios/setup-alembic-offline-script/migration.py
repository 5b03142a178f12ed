"""add sports.color

Revision ID: 3c2d1e0f9a8b
Revises: b7cfe0c17708
"""
from alembic import op
import sqlalchemy as sa

revision = "3c2d1e0f9a8b"
down_revision = "b7cfe0c17708"


def upgrade():
    op.add_column("sports", sa.Column("color", sa.String(length=50), nullable=True))
    op.alter_column("users", "location", existing_type=sa.String(length=80), nullable=False)
