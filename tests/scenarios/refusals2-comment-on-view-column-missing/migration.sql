COMMENT ON COLUMN big_orders.placed_on IS 'not in the view';
