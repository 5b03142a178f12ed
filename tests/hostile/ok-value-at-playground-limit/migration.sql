UPDATE t SET v = v || '';
