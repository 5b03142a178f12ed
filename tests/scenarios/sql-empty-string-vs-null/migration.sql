UPDATE contacts SET name = '' WHERE id = 1;
UPDATE contacts SET phone = coalesce(nullif(phone, ''), 'n/a') WHERE id = 3;
UPDATE contacts SET name = coalesce(phone, name || '!') WHERE id = 2;
ALTER TABLE contacts ADD CONSTRAINT ck_contacts_name_nonempty CHECK (name <> '');
