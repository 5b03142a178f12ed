from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute("UPDATE documents SET body = coalesce(body, '') WHERE body IS NULL OR body = 'x'")
    op.execute("UPDATE documents SET title = initcap(title)")
    op.alter_column("documents", "body", nullable=False, existing_type=sa.Text())
    op.execute("INSERT INTO documents (title, body, version) VALUES ('Extra', 'y', 42)")
