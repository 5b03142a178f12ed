ALTER TABLE vendors ADD COLUMN notes text;
