from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("applications", "vendor_id", existing_type=sa.Integer(), type_=sa.BigInteger())
    # Binary-coercible: no rewrite, no hazard.
    op.alter_column("vendors", "email", existing_type=sa.String(length=200), type_=sa.String(length=320))
