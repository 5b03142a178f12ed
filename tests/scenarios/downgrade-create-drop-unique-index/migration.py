from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_customers_lower_name", "customers", [sa.text("lower(name)")], unique=True)
    op.execute("INSERT INTO customers (name) VALUES ('Umbrella')")


def downgrade():
    op.drop_index("ix_customers_lower_name", table_name="customers")
    op.execute("INSERT INTO customers (name) VALUES ('ACME')")
