INSERT INTO t (a, doubled) VALUES (2, DEFAULT), (3, 6);
