op.create_unique_constraint(
    "uq_invoices_customer_reference_number_must_be_unique_across_all_rows",
    "invoices",
    ["customer_reference_number"],
)
