from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column("customers", "name", new_column_name="display_name", existing_type=sa.String(100), existing_nullable=False)
    op.create_unique_constraint("uq_customers_display_name", "customers", ["display_name"])
    op.execute("UPDATE customers SET display_name = display_name || ' Ltd' WHERE id = 1")


def downgrade():
    op.drop_constraint("uq_customers_display_name", "customers", type_="unique")
    op.alter_column("customers", "display_name", new_column_name="name", existing_type=sa.String(100), existing_nullable=False)
    op.execute("UPDATE customers SET name = 'X' WHERE display_name = 'Acme Ltd'")
