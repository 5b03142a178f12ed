from alembic import op
import sqlalchemy as sa


def upgrade():
    op.drop_column("vendors", "email")


def downgrade():
    op.add_column("vendors", sa.Column("email", sa.VARCHAR(length=200), nullable=True))
