"""The usual pattern: create the enum type first, checkfirst=True, then use it.
Offline, checkfirst cannot look at the database and create_table does not know the
type was created, so the CREATE TYPE is written twice."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "c3"
down_revision = None


def upgrade():
    postgresql.ENUM("free", "pro", name="plan").create(op.get_bind(), checkfirst=True)
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan", postgresql.ENUM("free", "pro", name="plan"), nullable=False),
    )


def downgrade():
    op.drop_table("subscriptions")
    postgresql.ENUM("free", "pro", name="plan").drop(op.get_bind(), checkfirst=True)
