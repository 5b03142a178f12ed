SET lock_timeout = '5s';
SHOW lock_timeout;
RESET lock_timeout;
ALTER TABLE t ADD COLUMN b int;
RESET ALL;
