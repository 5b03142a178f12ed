UPDATE t SET status = 'x' WHERE id NOT LIKE '1%';
