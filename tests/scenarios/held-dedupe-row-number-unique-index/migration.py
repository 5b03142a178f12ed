from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("UPDATE subscribers SET email = lower(btrim(email))")
    op.execute(
        """
        DELETE FROM subscribers
        WHERE id IN (
            SELECT id FROM (
                SELECT id, row_number() OVER (PARTITION BY email ORDER BY signed_up DESC, id DESC) AS rn
                FROM subscribers
            ) ranked
            WHERE ranked.rn > 1
        )
        """
    )
    op.create_index("ix_subscribers_email", "subscribers", ["email"], unique=True)
