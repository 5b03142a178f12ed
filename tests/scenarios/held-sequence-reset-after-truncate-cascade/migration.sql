TRUNCATE import_batches, import_rows;
SELECT setval('import_batches_id_seq', 1, false);
SELECT setval(pg_get_serial_sequence('import_rows', 'id'), 1, false);
INSERT INTO import_batches (source) VALUES ('mar.csv') RETURNING id;
INSERT INTO import_rows (batch_id, line) VALUES (1, 'first') RETURNING id;
ALTER SEQUENCE import_rows_id_seq RESTART WITH 500;
INSERT INTO import_rows (batch_id, line) VALUES (1, 'second') RETURNING id;
