op.alter_column('customers', 'phone',
           existing_type=sa.String(length=20),
           nullable=False,
           existing_server_default=None)
