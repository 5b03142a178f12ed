UPDATE t SET y = 2, id = y + 1, x = 1.5 WHERE nosuch;
