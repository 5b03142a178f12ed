"""events

Revision ID: d4e5f6a7b8c9
Revises:
Create Date: 2024-06-01 10:00:00.000000

"""
from alembic import op
from sqlalchemy import Column, Integer, String, Text, Boolean, ForeignKey, text
from sqlalchemy.dialects import postgresql

revision = "d4e5f6a7b8c9"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "events",
        Column("id", postgresql.UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()")),
        Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        Column("kind", String(length=40), nullable=False),
        Column("payload", postgresql.JSONB(astext_type=Text()), nullable=False, server_default=text("'{}'::jsonb")),
        Column("occurred_at", postgresql.TIMESTAMP(timezone=True), server_default=text("now()"), nullable=False),
        Column("processed", Boolean, nullable=False, server_default=text("false")),
        Column("score", postgresql.DOUBLE_PRECISION(), nullable=True),
        Column("amount", postgresql.NUMERIC(precision=12, scale=2), nullable=True),
    )
    op.add_column("users", Column("prefs", postgresql.JSONB(astext_type=Text()), nullable=True))
    op.execute("""UPDATE users SET prefs = '{"theme": "dark", "langs": ["en", "de"]}' WHERE email = 'a@x'""")


def downgrade() -> None:
    op.drop_column("users", "prefs")
    op.drop_table("events")
