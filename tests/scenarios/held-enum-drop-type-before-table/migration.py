from alembic import op
import sqlalchemy as sa


def upgrade():
    # feature removed; the downgrade of the original revision, written by hand
    sa.Enum(name="mood").drop(op.get_bind(), checkfirst=False)
    op.drop_table("checkins")
