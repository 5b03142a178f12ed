from alembic import op

TABLES = ["Customers", "vendors"]


def upgrade():
    for t in TABLES:
        op.execute(f'ALTER TABLE "{t}" ADD COLUMN created_by text')
    op.execute(
        """
        DO $$
        DECLARE
          t text;
        BEGIN
          FOREACH t IN ARRAY ARRAY['Customers', 'vendors'] LOOP
            EXECUTE format('UPDATE %I SET created_by = %L, note = coalesce(note, %L) || %L', t, 'migration', 'n/a', ' [' || t || ']');
            EXECUTE format('ALTER TABLE %I ALTER COLUMN created_by SET NOT NULL', t);
          END LOOP;
        END $$
        """
    )
