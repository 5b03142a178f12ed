op.create_primary_key("pk_exchange_rates", "exchange_rates", ["base", "quote"])
op.execute("INSERT INTO exchange_rates VALUES ('GBP', 'EUR', 1.17)")
op.execute("INSERT INTO exchange_rates (base, rate) VALUES ('CHF', 1.05)")
