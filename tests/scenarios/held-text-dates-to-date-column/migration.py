from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column(
        "employees",
        "hired",
        existing_type=sa.Text(),
        type_=sa.Date(),
        postgresql_using="to_date(hired, 'DD.MM.YYYY')",
    )
