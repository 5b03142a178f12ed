from alembic import op


def upgrade():
    with op.get_context().autocommit_block():
        op.execute("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'archived' BEFORE 'cancelled'")
    op.execute("UPDATE orders SET status = 'archived' WHERE archived AND status <> 'pending'")
    op.execute("UPDATE orders SET status = 'archived' WHERE status > 'shipped'")
    op.drop_column("orders", "archived")
