import datetime
from alembic import op
import sqlalchemy as sa

shifts = sa.table("shifts", sa.column("id", sa.Integer()), sa.column("starts", sa.Time()))
op.bulk_insert(shifts, [{"id": 1, "starts": datetime.time(7, 5, 3)}, {"id": 2, "starts": datetime.time(22, 0)}])
