from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("orders", "customer_id", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False)
    op.alter_column("customers", "tier", existing_type=sa.String(10), type_=sa.Text())
    op.alter_column("orders", "total", existing_type=sa.Numeric(10, 2), type_=sa.Numeric(12, 4))


def downgrade():
    op.alter_column("orders", "total", existing_type=sa.Numeric(12, 4), type_=sa.Numeric(10, 2))
    op.alter_column("customers", "tier", existing_type=sa.Text(), type_=sa.String(10))
    op.alter_column("orders", "customer_id", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False)
