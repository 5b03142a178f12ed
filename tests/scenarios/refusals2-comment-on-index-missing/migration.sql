COMMENT ON INDEX orders_by_day IS 'misspelt';
