from alembic import op


def upgrade():
    op.execute(
        "WITH gone AS (DELETE FROM posts WHERE body IS NULL RETURNING id, author) "
        "INSERT INTO archived_posts (id, author) SELECT id, author FROM gone"
    )
    op.execute("DELETE FROM posts RETURNING id")

