SET lock_timeout = '5s';
ALTER TABLE vendors ADD COLUMN notes text;
