from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("measurements", "taken", type_=sa.Date(), existing_type=sa.Text(), postgresql_using="taken::date")
    op.execute("UPDATE measurements SET reading = NULL WHERE reading = 'n/a'")
    op.alter_column("measurements", "reading", type_=sa.Integer(), existing_type=sa.Text(), postgresql_using="btrim(reading)::integer")
