ALTER TABLE metrics ADD COLUMN small smallint;
UPDATE metrics SET small = a * 1000;
UPDATE metrics SET small = a * 5000;
