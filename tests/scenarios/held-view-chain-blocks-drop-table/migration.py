from alembic import op


def upgrade():
    # the table was replaced by "accounts" last release; clean it up
    op.drop_table("legacy_users")
