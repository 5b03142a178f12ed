ALTER TABLE users ADD COLUMN valid boolean;
UPDATE users SET valid = email ~ '@' AND email !~ '\s';
DELETE FROM users WHERE code !~* '^[a-z]+[0-9]+$';
UPDATE users SET code = 'X' WHERE email ~ '\.(org|net)$';
ALTER TABLE users ADD CONSTRAINT users_code_upper CHECK (code !~ '[a-z]') NOT VALID;
