from alembic import op


def upgrade():
    # a backfill is not an edit: keep revisions as they are
    op.execute("ALTER TABLE documents DISABLE TRIGGER documents_bump_revision")
    op.execute(
        "UPDATE documents SET word_count = coalesce(array_length(regexp_split_to_array(nullif(body, ''), '\\s+'), 1), 0)"
    )
    op.execute("ALTER TABLE documents ENABLE TRIGGER documents_bump_revision")
    op.execute("UPDATE documents SET body = body || ' (edited)' WHERE id = 1")
