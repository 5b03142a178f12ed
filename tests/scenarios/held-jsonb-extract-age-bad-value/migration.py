from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("patients", sa.Column("age", sa.SmallInteger(), nullable=True))
    op.execute("UPDATE patients SET age = (profile ->> 'age')::smallint WHERE profile ? 'age'")
    op.execute("UPDATE patients SET profile = profile - 'age'")
