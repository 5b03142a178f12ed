UPDATE t SET v = 'abcd', nosuch = 1;
