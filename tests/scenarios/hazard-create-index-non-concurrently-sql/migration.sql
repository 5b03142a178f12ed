CREATE UNIQUE INDEX vendors_email_key ON vendors (email);
