from alembic import op
import sqlalchemy as sa


def upgrade():
    op.execute('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"')
    op.add_column("widgets", sa.Column("public_id", sa.Uuid(), server_default=sa.text("uuid_generate_v4()"), nullable=False))
    op.create_index("ix_widgets_public_id", "widgets", ["public_id"], unique=True)
    op.execute("INSERT INTO widgets (name, public_id) VALUES ('fixed', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')")
    op.execute("INSERT INTO widgets (name, public_id) VALUES ('clash', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8')")
