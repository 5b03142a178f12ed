CREATE TABLE t (id integer PRIMARY KEY, body text, tags text[]);
INSERT INTO t VALUES (1, 'one  two three', '{b,a,NULL}'), (2, '', '{}'), (3, NULL, NULL), (4, 'XaYAz', '{c}');
