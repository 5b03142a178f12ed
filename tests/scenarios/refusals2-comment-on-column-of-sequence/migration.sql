COMMENT ON COLUMN invoice_numbers.last_value IS 'no';
