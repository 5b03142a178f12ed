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
    op.add_column("applications", sa.Column("owner", sa.String(length=100), nullable=True))
    # Backfill existing rows: replace '' with the value they should have.
    op.execute("UPDATE applications SET owner = '' WHERE owner IS NULL")
    # Ideally in a later revision, once the deployed code writes owner:
    op.alter_column("applications", "owner", nullable=False, server_default=sa.text("''"))


def downgrade():
    op.drop_column("applications", "owner")
