from alembic import op


def upgrade():
    op.execute("INSERT INTO tags (id, label) OVERRIDING SYSTEM VALUE SELECT id, label FROM tags_old")
    op.execute("ALTER TABLE tags ALTER COLUMN id RESTART WITH 6")
    op.execute("INSERT INTO tags (label) VALUES ('yellow')")
    op.drop_table("tags_old")
