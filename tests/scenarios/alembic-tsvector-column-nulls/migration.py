from alembic import op
import sqlalchemy as sa
import sqlalchemy_utils
from sqlalchemy.dialects import postgresql

revision = "f6"
down_revision = None


def upgrade():
    op.add_column("articles", sa.Column("search_vector", sqlalchemy_utils.TSVectorType("title"), nullable=True))
    op.add_column("articles", sa.Column("macs", postgresql.MACADDR(), nullable=True))
    op.add_column("articles", sa.Column("origin", postgresql.INET(), server_default="127.0.0.1", nullable=False))
    op.add_column("articles", sa.Column("body", sa.LargeBinary(), nullable=True))
    op.create_index("ix_articles_origin", "articles", ["origin"])
    op.execute("UPDATE articles SET search_vector = to_tsvector('simple', title)")


def downgrade():
    op.drop_column("articles", "search_vector")
