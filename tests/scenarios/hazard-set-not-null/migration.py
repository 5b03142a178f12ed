from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("UPDATE vendors SET email = 'unknown@example.test' WHERE email IS NULL")
    op.alter_column("vendors", "email", existing_type=sa.String(length=200), nullable=False)
