CREATE INDEX ix_customers_name_plain ON customers (name);
CREATE INDEX CONCURRENTLY ix_customers_name ON customers (name);
