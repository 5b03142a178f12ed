"""add nickname if missing

Revision ID: c0a1
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "c0a1"
down_revision = None


def upgrade():
    op.execute(
        """
        DO $$
        BEGIN
            IF NOT EXISTS (
                SELECT 1 FROM information_schema.columns
                WHERE table_name = 'users' AND column_name = 'nickname'
            ) THEN
                ALTER TABLE users ADD COLUMN nickname varchar(50);
            END IF;
        END
        $$;
        """
    )
    op.execute("UPDATE users SET nickname = name WHERE nickname IS NULL")


def downgrade():
    op.drop_column("users", "nickname")
