"""drop applications.score

Revision ID: 1b8a7f6e5d4c
Revises: 0a7f6e5d4c3b
"""
from alembic import op
import sqlalchemy as sa

revision = "1b8a7f6e5d4c"
down_revision = "0a7f6e5d4c3b"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("applications", "score")


def downgrade():
    op.add_column("applications", sa.Column("score", sa.VARCHAR(length=10), nullable=True))
