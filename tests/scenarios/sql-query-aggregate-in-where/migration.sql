DELETE FROM orders WHERE count(*) > 1;
