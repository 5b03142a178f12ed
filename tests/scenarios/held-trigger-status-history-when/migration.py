from alembic import op


def upgrade():
    op.execute(
        """
        CREATE FUNCTION log_ticket_status() RETURNS trigger AS $$
        BEGIN
            INSERT INTO ticket_status_history (ticket_id, old_status, new_status)
            VALUES (NEW.id, OLD.status, NEW.status);
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """
    )
    op.execute(
        """
        CREATE TRIGGER tickets_status_history
        AFTER UPDATE ON tickets
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION log_ticket_status()
        """
    )
    # data fix: "pending" is retired, and everybody's priority is recomputed
    op.execute("UPDATE tickets SET status = 'open' WHERE status = 'pending'")
    op.execute("UPDATE tickets SET priority = least(priority, 4)")
