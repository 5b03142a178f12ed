CREATE TABLE contacts_clean (email text PRIMARY KEY, phone text, updated date NOT NULL);
INSERT INTO contacts_clean (email, phone, updated)
SELECT DISTINCT ON (email) email,
       coalesce(phone, (SELECT max(c2.phone) FROM contacts c2 WHERE c2.email = c.email)),
       updated
FROM contacts c
ORDER BY email, updated DESC;
DROP TABLE contacts;
ALTER TABLE contacts_clean RENAME TO contacts;
