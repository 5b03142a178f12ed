"""keep each person's newest signup, then make lower(email) unique

Revision ID: 5eed0001
Revises: 5eed0000
"""
from alembic import op
import sqlalchemy as sa

revision = "5eed0001"
down_revision = "5eed0000"


def upgrade():
    # Newest signup first; ties broken by the larger id.
    op.execute(
        """
        DELETE FROM users
        WHERE id IN (
            SELECT id FROM (
                SELECT id,
                       row_number() OVER (PARTITION BY lower(email)
                                          ORDER BY signed_up DESC, id DESC) AS rn
                FROM users
            ) AS ranked
            WHERE rn > 1
        )
        """
    )
    op.execute("UPDATE users SET email = lower(email)")
    op.create_index("ix_users_lower_email", "users", [sa.text("lower(email)")], unique=True)


def downgrade():
    op.drop_index("ix_users_lower_email", table_name="users")
