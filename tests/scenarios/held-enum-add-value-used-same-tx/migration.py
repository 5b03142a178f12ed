from alembic import op


def upgrade():
    op.execute("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived' AFTER 'shipped'")
    op.execute("UPDATE orders SET status = 'archived' WHERE archived")
    op.drop_column("orders", "archived")
