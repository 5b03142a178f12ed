import datetime
from alembic import op
import sqlalchemy as sa

shifts = sa.table("shifts", sa.column("id", sa.Integer()), sa.column("length", sa.Interval()))
op.bulk_insert(shifts, [{"id": 1, "length": datetime.timedelta(days=1, hours=2, minutes=3)}, {"id": 2, "length": datetime.timedelta(seconds=90)}])
