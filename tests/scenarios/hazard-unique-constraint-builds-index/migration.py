from alembic import op


def upgrade():
    op.create_unique_constraint("uq_applications_name", "applications", ["name"])
