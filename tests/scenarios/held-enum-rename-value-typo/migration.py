from alembic import op


def upgrade():
    op.execute("ALTER TYPE shipment_state RENAME VALUE 'deliverd' TO 'delivered'")
    op.execute("UPDATE shipments SET state = 'returned' WHERE state = 'delivered' AND id = 3")
    op.execute("SELECT state, count(*) FROM shipments GROUP BY state ORDER BY state")
