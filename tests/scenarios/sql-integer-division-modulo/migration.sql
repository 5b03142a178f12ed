ALTER TABLE metrics ADD COLUMN quotient integer;
ALTER TABLE metrics ADD COLUMN remainder integer;
UPDATE metrics SET quotient = a / b, remainder = a % b;
ALTER TABLE metrics ADD COLUMN mixed numeric;
UPDATE metrics SET mixed = a / 2.0 + b / 4;
