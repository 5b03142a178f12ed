from alembic import op


def upgrade():
    op.execute("INSERT INTO tags (id, label) SELECT id, label FROM tags_old")
    op.drop_table("tags_old")
