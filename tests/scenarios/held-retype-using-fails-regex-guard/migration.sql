UPDATE people SET phone = regexp_replace(phone, '[^0-9+]', '', 'g') WHERE phone ~ '[^0-9+]';
ALTER TABLE people ALTER COLUMN zip TYPE integer USING CASE WHEN zip ~ '^\d+$' THEN zip::integer END;
ALTER TABLE people ALTER COLUMN phone TYPE bigint USING phone::bigint;
