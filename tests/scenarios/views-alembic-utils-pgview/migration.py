"""alembic_utils views: a PGView and a PGMaterializedView created, one dropped."""
from alembic import op
import sqlalchemy as sa
from alembic_utils.pg_view import PGView
from alembic_utils.pg_materialized_view import PGMaterializedView

revision = "v1"
down_revision = None

paid = PGView(
    schema="public",
    signature="paid_orders",
    definition="select id, customer_id, amount from orders where status = 'paid'",
)


def upgrade():
    op.create_entity(paid)
    op.create_entity(
        PGMaterializedView(
            schema="public",
            signature="paid_by_customer",
            definition="select customer_id, sum(amount) as total from paid_orders group by customer_id",
            with_data=True,
        )
    )
    op.drop_entity(
        PGMaterializedView(
            schema="public",
            signature="paid_by_customer",
            definition="select 1",
        )
    )
    op.drop_column("orders", "amount")


def downgrade():
    op.drop_entity(paid)
