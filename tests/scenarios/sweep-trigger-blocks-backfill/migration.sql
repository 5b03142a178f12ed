ALTER TABLE accounts ADD COLUMN currency char(3);
UPDATE accounts SET currency = 'EUR';
ALTER TABLE accounts ALTER COLUMN currency SET NOT NULL;
