from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("DROP VIEW big_orders")
    op.alter_column("orders", "total", type_=sa.Numeric(10, 2), existing_type=sa.Text(), postgresql_using="total::numeric(10,2)")
    op.execute("CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100")
    op.drop_column("orders", "placed_on")
