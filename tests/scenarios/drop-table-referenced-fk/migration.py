op.drop_table("authors")
