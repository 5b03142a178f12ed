UPDATE t SET id = x;
