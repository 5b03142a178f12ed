from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table("audit", sa.Column("id", sa.Integer(), primary_key=True))
    with op.get_context().autocommit_block():
        op.create_index("ix_vendors_name", "vendors", ["name"], postgresql_concurrently=True)
    op.add_column("vendors", sa.Column("owner", sa.Text(), nullable=False))


def downgrade():
    op.drop_column("vendors", "owner")
    op.drop_index("ix_vendors_name", table_name="vendors", postgresql_concurrently=True)
    op.drop_table("audit")
