from alembic import op


def upgrade():
    # deleted_at IS NOT NULL now means deleted; the flag is redundant
    op.execute("UPDATE posts SET deleted_at = '2000-01-01' WHERE is_deleted AND deleted_at IS NULL")
    op.drop_column("posts", "is_deleted")
