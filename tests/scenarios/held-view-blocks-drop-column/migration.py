"""drop legacy_name

Revision ID: a1b2c3d4e5f6
Revises: 0f9e8d7c6b5a
"""
from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"


def upgrade():
    op.add_column("users", sa.Column("display_name", sa.Text(), nullable=True))
    op.execute("UPDATE users SET display_name = coalesce(legacy_name, split_part(email, '@', 1))")
    op.drop_column("users", "legacy_name")


def downgrade():
    op.add_column("users", sa.Column("legacy_name", sa.Text(), nullable=True))
    op.drop_column("users", "display_name")
