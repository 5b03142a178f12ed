ALTER TABLE documents ADD COLUMN ratings integer[] DEFAULT '{1,2}' NOT NULL;
UPDATE documents SET keywords = '{gamma, "delta}' WHERE id = 1;
