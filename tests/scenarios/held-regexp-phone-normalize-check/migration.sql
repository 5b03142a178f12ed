UPDATE leads SET phone = regexp_replace(phone, '\D', '', 'g');
UPDATE leads SET phone = substring(phone FROM '(\d{10})$') WHERE length(phone) = 11 AND phone LIKE '1%';
UPDATE leads SET phone = NULL WHERE phone = '';
ALTER TABLE leads ADD CONSTRAINT leads_phone_digits CHECK (phone ~ '^\d{10}$');
SELECT id, phone FROM leads ORDER BY id;
