from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_foreign_key(
        "applications_vendor_id_fkey", "applications", "vendors", ["vendor_id"], ["id"],
        postgresql_not_valid=True,
    )
    # Same transaction: the SHARE ROW EXCLUSIVE from the line above is still held.
    op.execute("ALTER TABLE applications VALIDATE CONSTRAINT applications_vendor_id_fkey")
