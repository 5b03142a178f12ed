ALTER TABLE attachments ADD COLUMN body_b64 text, ADD COLUMN size integer, ADD COLUMN checksum text;
UPDATE attachments SET body_b64 = encode(body, 'base64'), size = length(body), checksum = md5(body);
UPDATE attachments SET name = name || '.' || encode(substring(body from 1 for 2), 'hex') WHERE octet_length(body) > 0 AND get_byte(body, 0) < 128;
SELECT id, encode(body, 'escape') AS escaped, position('\x5c'::bytea IN body) AS backslash_at, encode(sha256(body), 'hex') AS sha FROM attachments ORDER BY id;
UPDATE attachments SET body = set_byte(body, 0, 72) WHERE size > 0;
ALTER TABLE attachments ALTER COLUMN body TYPE text USING encode(body, 'hex');
UPDATE attachments SET body = encode(decode(body_b64, 'base64'), 'hex') || encode(decode(body, 'hex'), 'base64');
UPDATE attachments SET checksum = encode(decode(name, 'base64'), 'hex') WHERE id = 1;
