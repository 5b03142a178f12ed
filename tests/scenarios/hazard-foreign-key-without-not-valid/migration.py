from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_foreign_key(
        "applications_vendor_id_fkey", "applications", "vendors", ["vendor_id"], ["id"]
    )


def downgrade():
    op.drop_constraint("applications_vendor_id_fkey", "applications", type_="foreignkey")
