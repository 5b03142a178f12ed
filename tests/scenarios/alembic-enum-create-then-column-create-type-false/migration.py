from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "d4"
down_revision = None


def upgrade():
    bind = op.get_bind()
    sa.Enum("free", "pro", name="plan").create(bind, checkfirst=True)
    op.add_column("subscriptions", sa.Column("plan", postgresql.ENUM("free", "pro", name="plan", create_type=False), server_default="free", nullable=False))
    op.create_table_comment("subscriptions", "one row per paying account")
    op.execute("UPDATE subscriptions SET plan = 'gold' WHERE id = 2")


def downgrade():
    op.drop_table_comment("subscriptions")
    op.drop_column("subscriptions", "plan")
    sa.Enum("free", "pro", name="plan").drop(op.get_bind(), checkfirst=True)
