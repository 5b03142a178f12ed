import datetime
import decimal
import uuid

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

products = op.create_table(
    "products",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("rank", sa.SmallInteger(), nullable=True),
    sa.Column("views", sa.BigInteger(), nullable=False, server_default="0"),
    sa.Column("sku", sa.String(50), nullable=False),
    sa.Column("description", sa.Text(), nullable=True),
    sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.false()),
    sa.Column("price", sa.Numeric(10, 2), nullable=True),
    sa.Column("weight", sa.Float(), nullable=True),
    sa.Column("released_on", sa.Date(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    sa.Column("external_id", sa.Uuid(), nullable=True),
    sa.Column("attributes", postgresql.JSONB(), nullable=True),
    sa.Column("raw", sa.JSON(), nullable=True),
    sa.Column("status", sa.Enum("a", "b", name="status_enum"), nullable=True),
)
# JSON values go in as text: Alembic cannot render JSON/JSONB literals
# offline (see bulk-insert-jsonb-literal-error), so declare them as Text here.
products_data = sa.table(
    "products",
    sa.column("id", sa.Integer()),
    sa.column("rank", sa.SmallInteger()),
    sa.column("views", sa.BigInteger()),
    sa.column("sku", sa.String()),
    sa.column("description", sa.Text()),
    sa.column("active", sa.Boolean()),
    sa.column("price", sa.Numeric(10, 2)),
    sa.column("weight", sa.Float()),
    sa.column("released_on", sa.Date()),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("external_id", sa.Uuid()),
    sa.column("attributes", sa.Text()),
    sa.column("raw", sa.Text()),
    sa.column("status", sa.String()),
)
op.bulk_insert(
    products_data,
    [
        {
            "id": 1,
            "rank": 1,
            "views": 5000000000,
            "sku": "SKU-001",
            "description": "First product",
            "active": True,
            "price": decimal.Decimal("19.99"),
            "weight": 1.5,
            "released_on": datetime.date(2024, 1, 15),
            "created_at": datetime.datetime(2024, 1, 15, 12, 30, tzinfo=datetime.timezone.utc),
            "external_id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
            "attributes": '{"color": "red", "sizes": [1, 2]}',
            "raw": '{"note": "it\'s"}',
            "status": "a",
        },
        {
            "id": 2,
            "rank": None,
            "views": 0,
            "sku": "SKU-002",
            "description": None,
            "active": False,
            "price": decimal.Decimal("5"),
            "weight": None,
            "released_on": None,
            "created_at": datetime.datetime(2024, 2, 1, 8, 0, tzinfo=datetime.timezone.utc),
            "external_id": None,
            "attributes": None,
            "raw": None,
            "status": "b",
        },
        {"id": 3, "sku": "SKU-003", "created_at": datetime.datetime(2024, 3, 1, 0, 0, tzinfo=datetime.timezone.utc)},
    ],
)
