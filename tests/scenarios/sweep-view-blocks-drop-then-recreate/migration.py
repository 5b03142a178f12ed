from alembic import op
import sqlalchemy as sa


def upgrade():
    op.drop_column("orders", "legacy_code")
