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
    sa.column("at_time", sa.Time()),
    sa.column("span", sa.Interval()),
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
            "taken_at_tz": datetime.datetime(2024, 3, 1, 1, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
            "at_time": datetime.time(7, 5, 3), "span": datetime.timedelta(days=1, hours=2, minutes=3),
            "uid": uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), "mood": "happy", "code": "AB",
        },
        {
            "id": 2, "small": 0, "big": -1, "label": "", "body": "", "flag": False,
            "amount": decimal.Decimal("-0.0005"), "ratio": 1e300, "taken_on": datetime.date(1999, 12, 31),
            "taken_at": datetime.datetime(2000, 1, 1), "taken_at_tz": datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc),
            "at_time": datetime.time(0, 0), "span": datetime.timedelta(seconds=90),
            "uid": None, "mood": "sad", "code": "ABCD",
        },
        {"id": 3},
    ],
)
