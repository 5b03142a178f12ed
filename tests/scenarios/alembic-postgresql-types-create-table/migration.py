"""Every-day PostgreSQL types in one create_table, as autogenerate writes them."""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "a1"
down_revision = None


def upgrade():
    op.create_table(
        "devices",
        sa.Column("id", postgresql.UUID(as_uuid=True), primary_key=True),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("ip", postgresql.INET(), nullable=True),
        sa.Column("network", postgresql.CIDR(), nullable=True),
        sa.Column("mac", postgresql.MACADDR(), nullable=True),
        sa.Column("search", postgresql.TSVECTOR(), nullable=True),
        sa.Column("payload", postgresql.BYTEA(), nullable=True),
        sa.Column("uptime", postgresql.INTERVAL(fields="DAY TO SECOND", precision=3), nullable=True),
        sa.Column("tags", postgresql.ARRAY(sa.String(length=40)), server_default="{}", nullable=False),
        sa.Column("settings", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("balance", postgresql.MONEY(), nullable=True),
        sa.Column("ratio", postgresql.DOUBLE_PRECISION(), nullable=True),
        sa.Column("seen_at", postgresql.TIMESTAMP(timezone=True, precision=3), server_default=sa.text("now()"), nullable=False),
        sa.Column("active_during", postgresql.TSTZRANGE(), nullable=True),
        sa.Column("flags", postgresql.BIT(length=8), nullable=True),
    )
    op.execute("INSERT INTO devices (id, account_id, seen_at) VALUES ('6f1e0b4e-7c1a-4c2d-9a51-0d1f2e3a4b5c', 1, '2024-05-01 09:00:00+00')")


def downgrade():
    op.drop_table("devices")
