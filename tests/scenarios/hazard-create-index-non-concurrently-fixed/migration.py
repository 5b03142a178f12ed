from alembic import op
import sqlalchemy as sa


def upgrade():
    with op.get_context().autocommit_block():
        op.create_index("ix_applications_vendor_id", "applications", ["vendor_id"], postgresql_concurrently=True)


def downgrade():
    op.drop_index("ix_applications_vendor_id", table_name="applications")
