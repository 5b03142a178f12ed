ALTER TABLE t ALTER COLUMN g TYPE boolean USING g::boolean;
