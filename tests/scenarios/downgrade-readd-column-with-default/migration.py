from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.drop_column("orders", "note")
    op.drop_column("customers", "tier")


def downgrade():
    op.add_column("customers", sa.Column("tier", sa.VARCHAR(length=10), server_default=sa.text("'basic'::character varying"), autoincrement=False, nullable=False))
    op.add_column("orders", sa.Column("note", sa.TEXT(), autoincrement=False, nullable=True))
