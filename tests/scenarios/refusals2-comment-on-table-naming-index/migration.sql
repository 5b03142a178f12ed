COMMENT ON TABLE orders_placed_on IS 'an index';
