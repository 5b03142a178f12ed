UPDATE t SET status = pg_size_pretty(status);
