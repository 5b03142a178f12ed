from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("orders", sa.Column("customer_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE orders SET customer_id = "
        "(SELECT c.id FROM customers c WHERE c.name = orders.customer)"
    )
    op.alter_column("orders", "customer_id", nullable=False)
    op.create_foreign_key("fk_orders_customer", "orders", "customers", ["customer_id"], ["id"])
    op.drop_column("orders", "customer")
