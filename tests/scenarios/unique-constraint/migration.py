op.create_unique_constraint("uq_vendors_name", "vendors", ["name"])
