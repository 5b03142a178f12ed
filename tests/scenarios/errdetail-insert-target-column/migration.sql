-- The source of INSERT ... SELECT cannot see the target's columns: PostgreSQL's
-- 42703 says where the column is.
INSERT INTO events (id) SELECT id FROM accounts;
INSERT INTO accounts (code) SELECT key FROM json_each(to_json(code));
