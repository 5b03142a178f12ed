op.rename_table("vendors", "suppliers")
