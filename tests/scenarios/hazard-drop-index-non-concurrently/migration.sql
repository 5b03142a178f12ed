CREATE INDEX applications_name_idx ON applications (name);
COMMIT;
DROP INDEX applications_name_idx;
