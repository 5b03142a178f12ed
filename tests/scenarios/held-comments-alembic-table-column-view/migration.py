from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table_comment("payouts", "Money sent to sellers; one row per transfer")
    op.alter_column(
        "payouts",
        "amount_cents",
        existing_type=sa.BigInteger(),
        comment="Amount in euro cents, never negative",
        existing_nullable=False,
    )
    op.alter_column("payouts", "iban", existing_type=sa.Text(), comment=None)
    op.execute("COMMENT ON VIEW pending_payouts IS 'payouts still waiting for an IBAN check'")
    op.execute("COMMENT ON COLUMN pending_payouts.amount_cents IS 'see payouts.amount_cents'")
