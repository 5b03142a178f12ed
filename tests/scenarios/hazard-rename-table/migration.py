from alembic import op


def upgrade():
    op.rename_table("vendors", "suppliers")
