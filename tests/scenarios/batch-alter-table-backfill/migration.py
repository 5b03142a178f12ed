op.execute("UPDATE subscriptions SET seats = 1 WHERE seats IS NULL")
with op.batch_alter_table("subscriptions") as batch_op:
    batch_op.alter_column("seats", existing_type=sa.Integer(), nullable=False)
    batch_op.alter_column("plan", new_column_name="plan_code", existing_type=sa.String(20), type_=sa.String(10))
    batch_op.add_column(sa.Column("trial_ends_on", sa.Date(), nullable=True))
    batch_op.create_index("ix_subscriptions_plan_code", ["plan_code"], unique=False)
    batch_op.create_check_constraint("ck_subscriptions_seats_positive", "seats > 0")
