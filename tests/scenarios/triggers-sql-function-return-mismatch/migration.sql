CREATE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(raw)) $$;
CREATE OR REPLACE FUNCTION normalize_email(raw text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(raw);
DROP FUNCTION IF EXISTS missing_function(int);
CREATE FUNCTION email_ok(raw text) RETURNS boolean LANGUAGE sql AS 'SELECT length(raw)';
