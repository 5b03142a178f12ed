from sqlalchemy.dialects import postgresql
op.add_column("users", sa.Column("scopes", sa.ARRAY(sa.String()), server_default="{}", nullable=False))
op.add_column("users", sa.Column("bounds", postgresql.ARRAY(sa.Float()), nullable=True))
op.add_column("users", sa.Column("roles", postgresql.ARRAY(sa.String(length=20)), server_default=sa.text("'{admin,viewer}'"), nullable=False))
op.add_column("users", sa.Column("ids", postgresql.ARRAY(sa.Integer()), server_default="{}", nullable=True))
