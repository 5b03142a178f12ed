ALTER TABLE vendors RENAME COLUMN email TO contact_email;
