INSERT INTO tokens (id, name) VALUES (uuid_nil(), 'zero'), (uuid_ns_url(), 'url');
ALTER TABLE tokens ADD COLUMN namespace uuid NOT NULL DEFAULT uuid_ns_dns();
