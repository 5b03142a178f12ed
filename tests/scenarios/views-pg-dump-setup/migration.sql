ALTER TABLE accounts RENAME COLUMN email TO email_address;
ALTER TABLE accounts DROP COLUMN active;
