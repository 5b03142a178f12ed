"""Backfill a plan enum with a CASE, then constrain it."""
import enum

from alembic import op
import sqlalchemy as sa


class Plan(enum.Enum):
    free = "free"
    team = "team"
    enterprise = "enterprise"


accounts = sa.table(
    "accounts",
    sa.column("id", sa.Integer),
    sa.column("email", sa.String),
    sa.column("plan", sa.String),
    sa.column("seats", sa.Integer),
)


def upgrade():
    def backfill(column, *cases, default):
        op.execute(
            accounts.update()
            .where(accounts.c[column].is_(None))
            .values({column: sa.case(*cases, else_=default)})
        )

    backfill("plan", (accounts.c.seats > 10, Plan.enterprise.value), default=Plan.free.value)
    op.execute(accounts.update().values(email=sa.func.lower(accounts.c.email) + "!"))
    allowed = [p.value for p in Plan]
    op.create_check_constraint("ck_accounts_plan", "accounts", sa.column("plan").in_(allowed))
    op.alter_column("accounts", "plan", nullable=False, existing_type=sa.Text())
    op.execute(accounts.insert().values(email="d@x.io", plan="gold", seats=1))


def downgrade():
    op.drop_constraint("ck_accounts_plan", "accounts", type_="check")
