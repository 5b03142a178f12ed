from alembic import op
import sqlalchemy as sa

revision = "c3d4e5f6a7b8"
down_revision = None

def upgrade():
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.Enum("active", "suspended", name="account_status"), nullable=False),
    )
    op.add_column("users", sa.Column("status", sa.Enum("active", "suspended", name="account_status"), nullable=True))
    op.execute("UPDATE users SET status = 'active'")
    op.execute("UPDATE users SET status = 'banned'")

def downgrade():
    pass
