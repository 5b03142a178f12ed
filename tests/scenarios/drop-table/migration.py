op.drop_table("vendors")
