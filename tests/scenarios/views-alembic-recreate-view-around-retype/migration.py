"""orders.amount widened: the reporting view dropped and recreated around it (lesson 10's fix)"""
from alembic import op
import sqlalchemy as sa

revision = "a10b9c8d7e70"
down_revision = "f9e8d7c6b5a4"

VIEW = """
    CREATE VIEW revenue_by_customer AS
    SELECT customer, count(*) AS orders, sum(amount) AS revenue
    FROM orders
    GROUP BY customer
"""


def upgrade():
    op.execute("DROP VIEW revenue_by_customer")
    op.alter_column(
        "orders",
        "amount",
        type_=sa.Numeric(12, 2),
        existing_type=sa.Numeric(8, 2),
        existing_nullable=False,
    )
    op.execute(VIEW)


def downgrade():
    op.execute("DROP VIEW revenue_by_customer")
    op.alter_column(
        "orders",
        "amount",
        type_=sa.Numeric(8, 2),
        existing_type=sa.Numeric(12, 2),
        existing_nullable=False,
    )
    op.execute(VIEW)
