COMMENT ON TABLE users IS NULL;
COMMENT ON TABLE invoice_numbers IS 'numbers';
