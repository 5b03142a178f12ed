ALTER TABLE items ADD COLUMN batch bigint;
SELECT setval('batch_seq', 7, false);
UPDATE items SET batch = currval('batch_seq');
INSERT INTO items (name, batch) VALUES ('first', currval('batch_seq'));
