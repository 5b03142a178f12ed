op.create_primary_key("pk_tags", "tags", ["id"])
