UPDATE vendors SET email = 'unknown@example.test' WHERE email IS NULL;
ALTER TABLE vendors ADD CONSTRAINT vendors_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE vendors VALIDATE CONSTRAINT vendors_email_not_null;
ALTER TABLE vendors ALTER COLUMN email SET NOT NULL;
ALTER TABLE vendors DROP CONSTRAINT vendors_email_not_null;
