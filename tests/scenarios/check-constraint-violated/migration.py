op.create_check_constraint(
    "ck_applications_status",
    "applications",
    "status IN ('new', 'accepted', 'rejected')",
)
