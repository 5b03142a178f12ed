"""unique folded usernames

Revision ID: a1b2c3d4e5f6
Revises:
Create Date: 2026-01-01 00:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = None


def upgrade():
    op.add_column("users", sa.Column("folded", sa.Text(), server_default=sa.text("fold_name('x')")))
    op.execute("UPDATE users SET folded = fold_name(username)")
    op.create_index("users_folded_name", "users", [sa.text("fold_name(username)")], unique=True)


def downgrade():
    op.drop_index("users_folded_name", table_name="users")
    op.drop_column("users", "folded")
