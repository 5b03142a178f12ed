from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("customers", sa.Column("order_count", sa.Integer(), server_default="0", nullable=False))
    op.add_column("customers", sa.Column("lifetime_value", sa.Numeric(12, 2), nullable=True))
    op.execute(
        """
        UPDATE customers c
           SET order_count = s.n, lifetime_value = s.total
          FROM (SELECT customer_id, count(*) AS n, sum(amount) FILTER (WHERE status = 'paid') AS total
                  FROM orders GROUP BY customer_id) AS s
         WHERE s.customer_id = c.id
        """
    )
    op.execute("UPDATE customers SET lifetime_value = 0 WHERE lifetime_value IS NULL")
    op.alter_column("customers", "lifetime_value", nullable=False, existing_type=sa.Numeric(12, 2))
