UPDATE t SET a = 5;
INSERT INTO t (id, a) VALUES (2, 7);
