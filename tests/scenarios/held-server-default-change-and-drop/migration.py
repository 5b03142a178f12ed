from alembic import op
import sqlalchemy as sa


def upgrade():
    op.alter_column("orders", "currency", existing_type=sa.CHAR(3), server_default=sa.text("'EUR'"))
    op.alter_column("orders", "note", existing_type=sa.Text(), server_default=None)
    op.alter_column("orders", "qty", existing_type=sa.Integer(), server_default=sa.text("0"), type_=sa.BigInteger())
    op.execute("INSERT INTO orders DEFAULT VALUES")
    op.execute("UPDATE orders SET note = DEFAULT WHERE id = 1")
