CREATE EXTENSION IF NOT EXISTS pgcrypto;
ALTER TABLE api_keys ADD COLUMN token_sha256 text;
UPDATE api_keys SET token_sha256 = encode(digest(token, 'sha256'), 'hex');
ALTER TABLE api_keys ADD COLUMN token_md5 text;
UPDATE api_keys SET token_md5 = encode(digest(token, 'md5'), 'hex');
ALTER TABLE api_keys DROP COLUMN token;
