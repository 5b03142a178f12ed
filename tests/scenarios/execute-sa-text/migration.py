op.execute(
    sa.text("UPDATE applications SET status = :status WHERE email IS NULL").bindparams(
        status="archived"
    )
)
op.execute(sa.text("DELETE FROM applications WHERE name LIKE 'Alan%'"))
op.execute("UPDATE applications SET email = upper(email) WHERE email LIKE '%@example.com'")
