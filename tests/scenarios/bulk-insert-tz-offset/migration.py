import datetime
from alembic import op
import sqlalchemy as sa

logins = sa.table("logins", sa.column("id", sa.Integer()), sa.column("at", sa.DateTime(timezone=True)))
op.bulk_insert(logins, [
    {"id": 1, "at": datetime.datetime(2024, 3, 1, 1, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))},
])
