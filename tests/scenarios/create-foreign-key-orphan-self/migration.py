op.create_foreign_key(None, "employees", "departments", ["department_id"], ["id"])
op.create_foreign_key("fk_employees_manager", "employees", "employees", ["manager_id"], ["id"])
