from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("invoices", "amount", type_=sa.Integer(), postgresql_using="amount::integer")
    op.alter_column("invoices", "issued", type_=sa.Date(), existing_type=sa.DateTime())


def downgrade():
    op.alter_column("invoices", "issued", type_=sa.DateTime(), existing_type=sa.Date())
    op.alter_column("invoices", "amount", type_=sa.Numeric(10, 2), existing_type=sa.Integer())
