op.create_table(
    "coupons",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("max_uses", sa.Integer(), sa.CheckConstraint("max_uses > 0"), nullable=True),
)
op.execute("INSERT INTO coupons VALUES (1, 0)")
