from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("products", sa.Column("current_price", sa.Numeric(8, 2), nullable=True))
    op.execute(
        """
        UPDATE products p
           SET current_price = latest.price
          FROM (
                SELECT DISTINCT ON (product_id) product_id, price
                  FROM price_history
                 ORDER BY product_id, valid_from DESC
               ) AS latest
         WHERE latest.product_id = p.id
        """
    )
    op.alter_column("products", "current_price", nullable=False, existing_type=sa.Numeric(8, 2))
