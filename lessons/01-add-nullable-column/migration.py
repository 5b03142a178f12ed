"""add applications.notes

Revision ID: a1f0c2d3e4b5
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "a1f0c2d3e4b5"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("applications", sa.Column("notes", sa.Text(), nullable=True))


def downgrade():
    op.drop_column("applications", "notes")
