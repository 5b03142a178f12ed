op.create_foreign_key(
    "fk_stock_warehouse", "stock", "warehouses",
    ["region", "code"], ["region", "code"],
    onupdate="CASCADE",
)
