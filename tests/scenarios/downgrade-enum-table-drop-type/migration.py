from alembic import op
import sqlalchemy as sa

revision = "a1b2c3d4e5f6"
down_revision = "0f9e8d7c6b5a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "tickets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("state", sa.Enum("open", "closed", name="ticket_state"), nullable=False, server_default="open"),
    )
    op.execute("INSERT INTO tickets (id) VALUES (1), (2)")


def downgrade():
    op.drop_table("tickets")
    op.execute("DROP TYPE ticket_state")
    op.execute("CREATE TABLE t2 (s ticket_state)")
