"""add vendors.website

Revision ID: 5f0a2d9e7c14
Revises: b83c6e1f9a20
Create Date: 2025-03-24 08:51:19.330457

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

# revision identifiers, used by Alembic.
revision: str = "5f0a2d9e7c14"
down_revision: Union[str, None] = "b83c6e1f9a20"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("SET lock_timeout = '5s'")
    op.add_column("vendors", sa.Column("website", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("vendors", "website")
