import datetime
from alembic import op
import sqlalchemy as sa

shifts = sa.table(
    "shifts",
    sa.column("id", sa.Integer()),
    sa.column("starts", sa.Time()),
    sa.column("starts_tz", sa.Time(timezone=True)),
)
op.bulk_insert(
    shifts,
    [
        {"id": 1, "starts": datetime.time(7, 5, 3, 500000), "starts_tz": datetime.time(7, 5, tzinfo=datetime.timezone.utc)},
        {"id": 2, "starts": datetime.time(hour=22), "starts_tz": datetime.time(22, 0, 0, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)))},
    ],
)
