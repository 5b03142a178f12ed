from alembic import op
import sqlalchemy as sa


def upgrade():
    op.create_table(
        "post_tags",
        sa.Column("post_id", sa.Integer(), sa.ForeignKey("posts.id"), nullable=False),
        sa.Column("tag", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("post_id", "tag"),
    )
    op.execute(
        """
        INSERT INTO post_tags (post_id, tag, position)
        SELECT p.id, btrim(t.tag), t.ord
        FROM posts p, unnest(string_to_array(p.tags, ',')) WITH ORDINALITY AS t(tag, ord)
        WHERE p.tags IS NOT NULL
        """
    )
    op.drop_column("posts", "tags")
