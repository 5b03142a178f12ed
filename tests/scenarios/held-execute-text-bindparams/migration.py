from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute(
        sa.text("UPDATE feature_flags SET enabled = :on, rollout = :pct WHERE name = :name").bindparams(
            on=True, pct=25, name="new_checkout"
        )
    )
    op.execute(sa.text("DELETE FROM feature_flags WHERE name LIKE 'beta\\_%'"))
    flags = sa.table("feature_flags", sa.column("name", sa.Text), sa.column("enabled", sa.Boolean), sa.column("rollout", sa.Integer))
    op.execute(flags.update().where(flags.c.rollout == 100).values(rollout=sa.literal(99)))
    op.execute(flags.insert().values(name="o'reilly_mode", enabled=False))
