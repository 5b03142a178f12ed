CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE webhooks ADD COLUMN signature text, ADD COLUMN payload_sha1 bytea, ADD COLUMN secret_hash text;
UPDATE webhooks SET signature = encode(hmac(payload, secret, 'sha256'), 'hex'), payload_sha1 = digest(payload, 'SHA1');
UPDATE webhooks SET secret_hash = encode(digest(secret::bytea, 'sha512'), 'base64') WHERE id < 3;
UPDATE webhooks SET secret_hash = encode(hmac(secret::bytea, 'pepper', 'sha384'), 'hex') WHERE id = 3;
ALTER TABLE webhooks DROP COLUMN secret;
CREATE UNIQUE INDEX webhooks_payload_sha1_key ON webhooks (payload_sha1);
UPDATE webhooks SET payload_sha1 = digest('same', 'sha224');
