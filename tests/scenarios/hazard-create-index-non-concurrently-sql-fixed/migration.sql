COMMIT;
CREATE UNIQUE INDEX CONCURRENTLY vendors_email_key ON vendors (email);
BEGIN;
