from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table_comment("payments", "Card and bank payments", existing_comment="Card payments")
    op.alter_column("payments", "amount_cents", comment="Amount in the smallest currency unit", existing_type=sa.Integer(), existing_nullable=False)
    op.execute("COMMENT ON COLUMN payments.ref IS 'Provider reference; it''s unique per provider'")
    op.alter_column("payments", "ref", new_column_name="provider_ref")
    op.add_column("payments", sa.Column("currency", sa.String(3), server_default="EUR", nullable=False, comment="ISO 4217"))
    op.execute("COMMENT ON COLUMN payments.missing IS 'x'")
