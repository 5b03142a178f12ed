from alembic import op
import sqlalchemy as sa

machine_state = sa.Enum("idle", "running", "broken", name="machine_state")


def upgrade():
    machine_state.create(op.get_bind())
    op.alter_column(
        "machines",
        "state",
        existing_type=sa.Text(),
        type_=machine_state,
        postgresql_using="state::machine_state",
    )
