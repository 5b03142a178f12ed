"""Indexes on several tables, through a module-level list, a helper and f-strings."""
from alembic import op
import sqlalchemy as sa

revision = "a1"
down_revision = None

TABLES = ["orders", "invoices"]
INDEXED = {"customer_id": False, "created_at": True}


def add_index(table, column, unique=False, prefix="ix"):
    name = f"{prefix}_{table}_{column}"
    op.create_index(name, table, [column], unique=unique)
    return name


def upgrade():
    created = []
    for table in TABLES:
        for column, _ in sorted(INDEXED.items()):
            created.append(add_index(table, column))
    if op.get_bind().dialect.name == "postgresql":
        for i, table in enumerate(TABLES, start=1):
            op.execute(
                "UPDATE %s SET status = '%s' WHERE status IS NULL" % (table, "n{:03d}".format(i))
            )
    op.add_column("orders", sa.Column("note", sa.String(length=len(created) * 10)))


def downgrade():
    op.drop_column("orders", "note")
    for table in reversed(TABLES):
        for column in INDEXED:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
