ALTER TABLE users ADD CONSTRAINT users_code_format CHECK (code ~* '^[a-z]{2}[0-9]{2}$');
ALTER TABLE users ADD CONSTRAINT users_email_format CHECK (email ~ '^[^@]+@[^@]+\.[a-z]+$');
