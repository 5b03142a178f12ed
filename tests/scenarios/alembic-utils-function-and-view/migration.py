"""alembic_utils entities, written inline in the op calls."""
from alembic import op
import sqlalchemy as sa
from alembic_utils.pg_function import PGFunction
from alembic_utils.pg_view import PGView

revision = "e5"
down_revision = None


def upgrade():
    op.create_entity(
        PGFunction(
            schema="public",
            signature="normalize_email(raw text)",
            definition="returns text as $$ select lower(trim(raw)) $$ language sql immutable;",
        )
    )
    op.create_entity(
        PGView(
            schema="public",
            signature="account_emails",
            definition="select id, normalize_email(email) as email from accounts",
        )
    )


def downgrade():
    op.drop_entity(PGView(schema="public", signature="account_emails", definition="select 1"))
    op.drop_entity(PGFunction(schema="public", signature="normalize_email(raw text)", definition="returns text as $$ select 1 $$ language sql"))
