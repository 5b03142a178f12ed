from alembic import op


def upgrade():
    op.execute("ALTER TYPE plan_tier ADD VALUE 'trial' BEFORE 'free'")
    op.execute("ALTER TABLE accounts ALTER COLUMN tier SET DEFAULT 'trial'")
