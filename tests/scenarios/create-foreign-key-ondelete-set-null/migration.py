op.create_foreign_key(
    "fk_employees_department_id_departments",
    "employees", "departments",
    ["department_id"], ["id"],
    ondelete="SET NULL",
)
op.create_foreign_key(
    op.f("fk_employees_manager_id_employees"),
    "employees", "employees",
    ["manager_id"], ["id"],
    ondelete="CASCADE",
)
op.execute("DELETE FROM departments WHERE name = 'Engineering'")
op.execute("DELETE FROM employees WHERE full_name = 'Grace Hopper'")
