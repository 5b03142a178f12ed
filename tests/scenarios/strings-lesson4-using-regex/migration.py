"""applications.score as integer

Revision ID: d4c3b2a1f0e9
Revises: c3d2e1f0a9b8
"""
from alembic import op
import sqlalchemy as sa

revision = "d4c3b2a1f0e9"
down_revision = "c3d2e1f0a9b8"
branch_labels = None
depends_on = None


def upgrade():
    op.alter_column(
        "applications",
        "score",
        existing_type=sa.String(length=10),
        type_=sa.Integer(),
        postgresql_using="CASE WHEN score ~ '^[0-9]+$' THEN score::integer END",
    )


def downgrade():
    op.alter_column("applications", "score", existing_type=sa.Integer(), type_=sa.String(length=10))
