ALTER TABLE users ADD COLUMN a text; -- rehearse: hold 300ms
COMMIT;
BEGIN;
ALTER TABLE orders ADD COLUMN b text; -- rehearse: hold 300ms
