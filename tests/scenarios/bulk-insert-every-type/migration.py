import datetime
import decimal
import uuid

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

measurements = sa.table(
    "measurements",
    sa.column("id", sa.Integer()),
    sa.column("small", sa.SmallInteger()),
    sa.column("big", sa.BigInteger()),
    sa.column("label", sa.String(30)),
    sa.column("body", sa.Text()),
    sa.column("flag", sa.Boolean()),
    sa.column("amount", sa.Numeric(8, 3)),
    sa.column("ratio", sa.Float()),
    sa.column("taken_on", sa.Date()),
    sa.column("taken_at", sa.DateTime()),
    sa.column("taken_at_tz", sa.DateTime(timezone=True)),
    sa.column("uid", sa.Uuid()),
    sa.column("mood", postgresql.ENUM("happy", "ok", "sad", name="mood", create_type=False)),
    sa.column("code", sa.String(4)),
)
op.bulk_insert(
    measurements,
    [
        {
            "id": 1, "small": -32768, "big": 9007199254740993, "label": "O'Brien",
            "body": "line one\nline two", "flag": True, "amount": decimal.Decimal("1234.5678"),
            "ratio": 0.1, "taken_on": datetime.date(2024, 2, 29),
            "taken_at": datetime.datetime(2024, 2, 29, 23, 59, 59, 123456),
            "taken_at_tz": datetime.datetime(2024, 3, 1, 1, 30, tzinfo=datetime.timezone.utc),
                        "uid": uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), "mood": "happy", "code": "AB",
        },
        {
            "id": 2, "small": 0, "big": -1, "label": "", "body": "", "flag": False,
            "amount": decimal.Decimal("-0.0005"), "ratio": 2.5e-5, "taken_on": datetime.date(1999, 12, 31),
            "taken_at": datetime.datetime(2000, 1, 1), "taken_at_tz": datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc),
                        "uid": None, "mood": "sad", "code": "ABCD",
        },
        {"id": 3},
    ],
)
