from sqlalchemy.dialects import postgresql
op.add_column("readings", sa.Column("value", postgresql.DOUBLE_PRECISION(precision=53), autoincrement=False, nullable=True))
op.add_column("readings", sa.Column("ratio", sa.REAL(), autoincrement=False, nullable=True))
op.add_column("readings", sa.Column("f", sa.Float(), nullable=True))
