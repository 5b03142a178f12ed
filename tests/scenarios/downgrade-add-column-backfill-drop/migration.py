from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("orders", sa.Column("currency", sa.String(3), server_default="EUR", nullable=False))
    op.execute("UPDATE orders SET currency = 'USD' WHERE customer_id = 1")
    op.create_index("ix_orders_currency", "orders", ["currency"])


def downgrade():
    op.drop_column("orders", "currency")
    op.execute("INSERT INTO orders (customer_id, total) VALUES (2, 5.00)")
