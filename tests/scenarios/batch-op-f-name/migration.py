with op.batch_alter_table("subscriptions", schema=None) as batch_op:
    batch_op.create_index(batch_op.f("ix_subscriptions_plan"), ["plan"], unique=False)
