op.drop_constraint("departments_pkey", "departments", type_="primary")
