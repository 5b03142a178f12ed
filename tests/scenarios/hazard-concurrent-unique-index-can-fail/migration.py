from alembic import op
import sqlalchemy as sa


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_users_email", "users", ["email"], unique=True, postgresql_concurrently=True)
    op.add_column("users", sa.Column("verified", sa.Boolean(), nullable=True))


def downgrade():
    op.drop_column("users", "verified")
    op.drop_index("ix_users_email", table_name="users", postgresql_concurrently=True)
