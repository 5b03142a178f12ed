ALTER TABLE tokens ADD COLUMN token uuid DEFAULT uuid_generate_v4();
