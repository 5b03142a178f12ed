op.create_table(
    "shipments",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("carrier", sa.Enum("dhl", "ups", "fedex", name="carrier"), nullable=False),
    sa.Column("status", sa.Enum("pending", "shipped", "delivered", name="shipment_status"), server_default="pending", nullable=False),
    sa.Column("weight_kg", sa.Numeric(6, 2), server_default=sa.text("1.00"), nullable=False),
    sa.Column("fragile", sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column("notes", sa.Text(), server_default="", nullable=False),
)
op.execute("INSERT INTO shipments (carrier) VALUES ('dhl'), ('ups')")
op.execute("INSERT INTO shipments (carrier, status, weight_kg, fragile) VALUES ('fedex', 'delivered', 12.345, true)")
op.execute("INSERT INTO shipments (carrier) VALUES ('usps')")
