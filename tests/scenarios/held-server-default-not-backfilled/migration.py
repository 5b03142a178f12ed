from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("posts", "status", existing_type=sa.String(20), server_default="draft")
    op.alter_column("posts", "status", existing_type=sa.String(20), nullable=False)
