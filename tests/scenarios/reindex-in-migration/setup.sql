CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
CREATE INDEX accounts_email_like ON accounts (email text_pattern_ops);
INSERT INTO accounts VALUES (1, 'a@example.com'), (2, 'b@example.com');
