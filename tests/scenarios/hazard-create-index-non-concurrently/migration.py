from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_index("ix_applications_vendor_id", "applications", ["vendor_id"])


def downgrade():
    op.drop_index("ix_applications_vendor_id", table_name="applications")
