with op.batch_alter_table("subscriptions", schema=None) as batch_op:
    batch_op.drop_constraint("ck_subscriptions_plan", type_="check")
    batch_op.create_check_constraint("ck_subscriptions_plan", "plan IN ('free', 'pro', 'team', 'enterprise')")
    batch_op.create_unique_constraint("uq_subscriptions_customer_email", ["customer_email"])
    batch_op.alter_column("seats", existing_type=sa.Integer(), nullable=False, server_default="1")
    batch_op.drop_column("legacy_flag")
