ALTER TABLE members ADD UNIQUE (email);
ALTER TABLE members ADD UNIQUE (email);
ALTER TABLE members ADD UNIQUE (email, handle);
ALTER TABLE members ADD UNIQUE (email, handle);
ALTER TABLE members ADD CONSTRAINT members_handle_key UNIQUE (handle);
ALTER TABLE members ADD UNIQUE (handle);
INSERT INTO members VALUES (3, 'a@x', 'c');
