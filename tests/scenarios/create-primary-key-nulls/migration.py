op.create_primary_key("pk_currencies", "currencies", ["code"])
