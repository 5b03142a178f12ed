op.create_table(
    "coupons",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("code", sa.String(length=16), nullable=False),
    sa.Column("percent_off", sa.SmallInteger(), nullable=False),
    sa.Column("max_uses", sa.Integer(), nullable=True),
    sa.CheckConstraint("percent_off BETWEEN 1 AND 100", name="ck_coupons_percent"),
    sa.CheckConstraint("max_uses IS NULL OR max_uses > 0"),
    sa.PrimaryKeyConstraint("id", name="pk_coupons"),
    sa.UniqueConstraint("code", name="uq_coupons_code"),
)
op.execute("INSERT INTO coupons VALUES (1, 'SAVE10', 10, NULL), (2, 'FREE', 100, 1)")
op.execute("INSERT INTO coupons VALUES (3, 'BAD', 0, 5)")
