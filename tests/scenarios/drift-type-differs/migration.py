op.execute("UPDATE customers SET phone = 'unknown' WHERE phone IS NULL")
op.alter_column('customers', 'phone',
           existing_type=sa.String(length=20),
           nullable=False,
           existing_server_default=None)
op.execute("UPDATE customers SET company = company || ' International Holdings' WHERE id = 1")
