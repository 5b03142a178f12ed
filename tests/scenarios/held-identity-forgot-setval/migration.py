from alembic import op
import sqlalchemy as sa

tickets = sa.table("tickets", sa.column("id", sa.Integer), sa.column("subject", sa.Text))


def upgrade():
    op.bulk_insert(tickets, [{"subject": "new one"}, {"subject": "new two"}])
