SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN b int;
RESET ALL;
SHOW statement_timeout;
