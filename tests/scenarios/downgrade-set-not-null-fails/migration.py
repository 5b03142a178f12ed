from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("orders", "customer_id", existing_type=sa.Integer(), nullable=True)
    op.execute("INSERT INTO orders (customer_id, total) VALUES (NULL, 3.00)")


def downgrade():
    op.alter_column("orders", "customer_id", existing_type=sa.Integer(), nullable=False)
