from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("vendors", "name", new_column_name="display_name")


def downgrade():
    op.alter_column("vendors", "display_name", new_column_name="name")
