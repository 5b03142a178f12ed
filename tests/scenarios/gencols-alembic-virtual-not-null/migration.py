op.add_column("accounts", sa.Column("email_lower", sa.Text(), sa.Computed("lower(email)"), nullable=False))
