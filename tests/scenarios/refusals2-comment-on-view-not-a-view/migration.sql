COMMENT ON VIEW big_orders IS 'ok';
COMMENT ON VIEW daily_totals IS 'a materialized view is not a view';
