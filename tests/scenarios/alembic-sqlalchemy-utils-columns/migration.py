"""sqlalchemy_utils column types, imported the ways real revisions import them."""
from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils
from sqlalchemy_utils import EmailType, ChoiceType
from sqlalchemy_utils.types.uuid import UUIDType

revision = "b2"
down_revision = None


def upgrade():
    op.add_column("users", sa.Column("email", EmailType(), nullable=True))
    op.add_column("users", sa.Column("public_id", UUIDType(binary=False), nullable=True))
    op.add_column("users", sa.Column("homepage", sqlalchemy_utils.URLType(), nullable=True))
    op.add_column("users", sa.Column("role", ChoiceType([("admin", "Admin"), ("member", "Member")], impl=sa.String(length=10)), server_default="member", nullable=False))
    op.add_column("users", sa.Column("timezone", sqlalchemy_utils.TimezoneType(backend="zoneinfo"), nullable=True))
    op.add_column("users", sa.Column("created_at", sqlalchemy_utils.ArrowType(timezone=True), server_default=sa.text("'2024-05-01 09:00:00+00'"), nullable=False))
    op.add_column("users", sa.Column("prefs", sqlalchemy_utils.JSONType(), nullable=True))
    op.add_column("users", sa.Column("country", sqlalchemy_utils.CountryType(), nullable=True))
    op.execute("UPDATE users SET country = 'FIN' WHERE name = 'ada'")


def downgrade():
    op.drop_column("users", "country")
