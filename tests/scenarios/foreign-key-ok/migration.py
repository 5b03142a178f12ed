op.create_foreign_key(
    "fk_invoices_vendor_id_vendors",
    "invoices",
    "vendors",
    ["vendor_id"],
    ["id"],
    ondelete="CASCADE",
)
