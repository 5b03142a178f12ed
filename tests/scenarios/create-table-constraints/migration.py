op.create_table(
    "stock_items",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("warehouse_id", sa.Integer(), nullable=False),
    sa.Column("sku", sa.String(length=30), nullable=False),
    sa.Column("quantity", sa.Integer(), server_default="0", nullable=False),
    sa.Column("unit_price", sa.Numeric(precision=8, scale=2), nullable=True),
    sa.CheckConstraint("quantity >= 0", name="ck_stock_items_quantity"),
    sa.CheckConstraint("unit_price > 0"),
    sa.ForeignKeyConstraint(["warehouse_id"], ["warehouses.id"], ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("warehouse_id", "sku", name="uq_stock_items_warehouse_sku"),
    sa.UniqueConstraint("sku"),
)
op.execute("INSERT INTO stock_items (warehouse_id, sku, unit_price) VALUES (1, 'BOLT-10', 0.25), (2, 'NUT-10', NULL)")
op.execute("DELETE FROM warehouses WHERE city = 'Berlin'")
op.execute("INSERT INTO stock_items (warehouse_id, sku, quantity, unit_price) VALUES (3, 'WASHER', 5, 0)")
