from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


def upgrade():
    op.execute("CREATE EXTENSION IF NOT EXISTS citext")
    op.alter_column("accounts", "email", type_=postgresql.CITEXT(), existing_type=sa.Text(), existing_nullable=False)
    op.create_unique_constraint("uq_accounts_email", "accounts", ["email"])
