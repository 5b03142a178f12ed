"""add a column; upgrade() takes its table prefix as a parameter, as zuul's revisions do

Revision ID: 5f183546b39c
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "5f183546b39c"
down_revision = None
BUILD_TABLE = "zuul_build"


def upgrade(table_prefix="", *args, **kwargs):
    op.add_column(table_prefix + BUILD_TABLE, sa.Column("event_id", sa.String(255), nullable=True))
    op.execute(f"UPDATE {table_prefix}{BUILD_TABLE} SET event_id = 'e' || id WHERE result IS NOT NULL")


def downgrade(table_prefix=""):
    op.drop_column(table_prefix + BUILD_TABLE, "event_id")
