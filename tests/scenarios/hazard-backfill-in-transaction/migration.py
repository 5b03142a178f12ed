from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("applications", sa.Column("vendor_name", sa.Text(), nullable=True))
    op.execute(
        "UPDATE applications SET vendor_name = v.name FROM vendors v WHERE v.id = applications.vendor_id"
    )
