from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "b2c3d4e5f6a7"
down_revision = "a1b2c3d4e5f6"


def upgrade():
    op.alter_column("orders", "status", existing_type=postgresql.ENUM("new", "paid", "shipped", name="order_status"), type_=sa.String(length=20), existing_nullable=False, existing_server_default=sa.text("'new'::order_status"))
    op.execute("DROP TYPE order_status")
    op.execute("UPDATE orders SET status = 'cancelled' WHERE id = 1")


def downgrade():
    op.execute("CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped')")
    op.alter_column("orders", "status", existing_type=sa.String(length=20), type_=postgresql.ENUM("new", "paid", "shipped", name="order_status"), postgresql_using="status::order_status", existing_nullable=False)
