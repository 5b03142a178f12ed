from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_foreign_key(
        "applications_vendor_id_fkey", "applications", "vendors", ["vendor_id"], ["id"],
        postgresql_not_valid=True,
    )
    # Validate after COMMIT: the scan then lets reads and writes continue.
    with op.get_context().autocommit_block():
        op.execute("ALTER TABLE applications VALIDATE CONSTRAINT applications_vendor_id_fkey")


def downgrade():
    op.drop_constraint("applications_vendor_id_fkey", "applications", type_="foreignkey")
