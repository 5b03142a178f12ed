import datetime

from alembic import op
import sqlalchemy as sa

holidays = sa.table(
    "public_holidays",
    sa.column("country", sa.CHAR(2)),
    sa.column("day", sa.Date),
    sa.column("name", sa.String),
)


def upgrade():
    op.create_table(
        "public_holidays",
        sa.Column("id", sa.Integer, sa.Identity(), primary_key=True),
        sa.Column("country", sa.CHAR(2), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.UniqueConstraint("country", "day", name="uq_holiday_country_day"),
    )
    op.bulk_insert(
        holidays,
        [
            {"country": "DE", "day": datetime.date(2024, 12, 25), "name": "1. Weihnachtstag"},
            {"country": "DE", "day": datetime.date(2024, 12, 26), "name": "2. Weihnachtstag"},
            {"country": "DE", "day": datetime.date(2024, 12, 25), "name": "Christmas"},
        ],
        multiinsert=False,
    )
