"""drop applications.email

Revision ID: f6e5d4c3b2a1
Revises: e5d4c3b2a1f0
"""
from alembic import op
import sqlalchemy as sa

revision = "f6e5d4c3b2a1"
down_revision = "e5d4c3b2a1f0"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("applications", "email")


def downgrade():
    op.add_column("applications", sa.Column("email", sa.VARCHAR(length=200), nullable=True))
