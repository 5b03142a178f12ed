SET lock_timeout = '5s';
SET statement_timeout TO 0;
ALTER TABLE vendors ADD COLUMN email text;
SET lock_timeout = '5x';
