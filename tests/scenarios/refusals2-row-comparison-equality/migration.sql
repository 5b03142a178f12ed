UPDATE prices SET note = 'base' WHERE (currency, amount) = (base_currency, base_amount);
UPDATE prices SET note = coalesce(note, '') || ' not-eur10' WHERE (currency, amount) <> ('EUR', 10);
UPDATE prices SET note = coalesce(note, '') || ' differs' WHERE (currency, amount) IS DISTINCT FROM (base_currency, base_amount) AND id > 1;
UPDATE prices SET note = coalesce(note, '') || ' same' WHERE (currency, amount) IS NOT DISTINCT FROM (base_currency, base_amount) OR id = 5;
ALTER TABLE prices ADD CONSTRAINT prices_not_placeholder CHECK ((currency, amount) <> ('XXX', 0) AND (id, id) = (id, id) AND id > -1);
ALTER TABLE prices ADD CONSTRAINT prices_distinct CHECK ((currency, amount, note) IS DISTINCT FROM ('XXX', 0, 'x') OR id < 0);
DELETE FROM prices WHERE (currency, amount) IS NOT DISTINCT FROM (NULL, NULL);
