"""deduplicate users.email, then make it unique

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
    # Number the rows of each email, oldest first; every row after the first is a copy.
    op.execute(
        """
        DELETE FROM users
        WHERE id IN (
            SELECT id FROM (
                SELECT id, row_number() OVER (PARTITION BY email ORDER BY id) AS rn
                FROM users
            ) AS numbered
            WHERE rn > 1
        )
        """
    )
    op.create_index("ix_users_email", "users", ["email"], unique=True)


def downgrade():
    op.drop_index("ix_users_email", table_name="users")
