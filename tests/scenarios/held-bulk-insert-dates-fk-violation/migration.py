import datetime

from alembic import op
import sqlalchemy as sa


def upgrade():
    holidays = op.create_table(
        "public_holidays",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("country", sa.CHAR(2), sa.ForeignKey("countries.code"), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("half_day", sa.Boolean, nullable=True),
        sa.UniqueConstraint("country", "day"),
    )
    op.bulk_insert(
        holidays,
        [
            {"id": 1, "country": "DE", "day": datetime.date(2024, 10, 3), "name": "Tag der Deutschen Einheit", "half_day": None},
            {"id": 2, "country": "FR", "day": datetime.date(2024, 7, 14), "name": "Fête nationale", "half_day": False},
            {"id": 3, "country": "AT", "day": datetime.date(2024, 10, 26), "name": "Nationalfeiertag", "half_day": False},
        ],
    )
