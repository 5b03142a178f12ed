op.alter_column("profiles", "country", existing_type=sa.CHAR(length=2), existing_server_default=sa.text("'US'::bpchar"), nullable=False, existing_nullable=True)
