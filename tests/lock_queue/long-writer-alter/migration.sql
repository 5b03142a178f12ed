ALTER TABLE users ADD COLUMN email text; -- rehearse: hold 200ms
