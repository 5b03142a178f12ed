CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := '2025-06-01 12:00+00';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER settings_updated_at BEFORE UPDATE ON settings FOR EACH ROW EXECUTE FUNCTION set_updated_at();
UPDATE settings SET value = upper(value) WHERE key IN ('lang', 'tz');
SELECT key, updated_at > '2024-01-01 00:00+00' AS touched FROM settings ORDER BY key;
