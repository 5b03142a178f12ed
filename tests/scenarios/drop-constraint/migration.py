op.drop_constraint("uq_vendors_name", "vendors", type_="unique")
