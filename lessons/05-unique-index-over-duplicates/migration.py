"""users.email unique

Revision ID: e5d4c3b2a1f0
Revises: d4c3b2a1f0e9
"""
from alembic import op
import sqlalchemy as sa

revision = "e5d4c3b2a1f0"
down_revision = "d4c3b2a1f0e9"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade():
    op.drop_index("ix_users_email", table_name="users")
