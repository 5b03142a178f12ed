UPDATE t SET x = 'q', id = y + 1 RETURNING nosuch;
