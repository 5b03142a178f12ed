from alembic import op


def upgrade():
    op.execute(
        """
        INSERT INTO inventory (sku, qty, last_seen)
        SELECT sku, delta, seen FROM incoming ORDER BY sku
        ON CONFLICT (sku) DO UPDATE
           SET qty = inventory.qty + EXCLUDED.qty,
               last_seen = greatest(inventory.last_seen, EXCLUDED.last_seen)
         WHERE inventory.active
        """
    )
    op.execute("INSERT INTO inventory (sku, qty) VALUES ('A', -20) ON CONFLICT (sku) DO UPDATE SET qty = inventory.qty + EXCLUDED.qty")
