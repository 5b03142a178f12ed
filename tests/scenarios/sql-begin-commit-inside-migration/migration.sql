BEGIN;
ALTER TABLE customers ADD COLUMN email varchar(200);
UPDATE customers SET email = lower(name) || '@example.com';
COMMIT;
