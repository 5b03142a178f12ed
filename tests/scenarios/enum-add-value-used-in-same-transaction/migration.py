def upgrade():
    op.execute("ALTER TYPE order_status ADD VALUE 'refunded' AFTER 'paid'")
    op.execute("UPDATE orders SET status = 'refunded' WHERE id = 3")
