CREATE TABLE t (v text);
INSERT INTO t VALUES (repeat('ab', 16777216));
