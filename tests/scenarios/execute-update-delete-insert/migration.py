op.execute("UPDATE applications SET status = 'archived' WHERE created_at < '2024-01-04'")
op.execute(sa.text("DELETE FROM applications WHERE email IS NULL AND status = 'new'"))
op.execute(
    """
    INSERT INTO applications (name, email, status)
    VALUES ('Barbara Liskov', 'barbara@example.com', DEFAULT),
           ('Frances Allen', NULL, 'review');
    UPDATE applications SET email = 'frances@example.com' WHERE name = 'Frances Allen';
    """
)
op.execute("UPDATE applications SET name = upper(name) WHERE id % 2 = 0")
