UPDATE t SET id = x || 'b' FROM t AS u WHERE u.id = t.id;
