ALTER TABLE accounts RENAME CONSTRAINT accounts_email_key TO uq_accounts_email;
ALTER INDEX accounts_age_idx RENAME TO ix_accounts_age;
ALTER TABLE accounts RENAME CONSTRAINT accounts_age_check TO ck_accounts_age;
ALTER TABLE accounts RENAME TO users;
INSERT INTO users VALUES (2, 'a@x', 1);
