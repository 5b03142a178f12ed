from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("customers", "tier", existing_type=sa.String(10), type_=sa.String(30))
    op.execute("UPDATE customers SET tier = 'enterprise-plus-annual' WHERE name = 'Globex'")
    op.alter_column("orders", "total", existing_type=sa.Numeric(10, 2), type_=sa.Numeric(12, 3))
    op.execute("UPDATE orders SET total = total + 0.005")


def downgrade():
    op.alter_column("orders", "total", existing_type=sa.Numeric(12, 3), type_=sa.Numeric(10, 2))
    op.alter_column("customers", "tier", existing_type=sa.String(30), type_=sa.String(10))
