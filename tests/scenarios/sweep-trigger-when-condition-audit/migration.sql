CREATE TRIGGER customers_audit AFTER UPDATE ON customers FOR EACH ROW
  WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE FUNCTION customers_audit();
ALTER TABLE customers ADD COLUMN country_code text;
UPDATE customers SET country_code = upper(country);
UPDATE customers SET country = lower(country);
ALTER TABLE customers ALTER COLUMN country_code SET NOT NULL;
