ALTER TABLE vendors DROP COLUMN email;
ALTER TABLE vendors ADD COLUMN contact_email varchar(200);
