from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("vendors", sa.Column("email", sa.Text(), nullable=True))
    with op.get_context().autocommit_block():
        op.create_index("ix_vendors_email", "vendors", ["email"], postgresql_concurrently=True)
    op.execute("UPDATE vendors SET email = 'x'")


def downgrade():
    op.drop_index("ix_vendors_email", table_name="vendors", postgresql_concurrently=True)
