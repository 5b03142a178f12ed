from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("CREATE SEQUENCE invoice_number_seq START WITH 1000 INCREMENT BY 1 OWNED BY invoices.number")
    op.execute("SELECT setval('invoice_number_seq', (SELECT max(number) FROM invoices))")
    op.execute("UPDATE invoices SET number = nextval('invoice_number_seq') WHERE number IS NULL")
    op.alter_column("invoices", "number", server_default=sa.text("nextval('invoice_number_seq')"), nullable=False, existing_type=sa.Integer())
    op.execute("INSERT INTO invoices (id, customer) VALUES (5, 'eve')")
    op.create_unique_constraint("uq_invoices_number", "invoices", ["number"])
