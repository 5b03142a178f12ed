from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column(
        "customers",
        "email",
        existing_type=sa.String(64),
        type_=sa.String(255),
        existing_nullable=False,
    )
