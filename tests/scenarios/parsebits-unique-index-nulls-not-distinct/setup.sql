CREATE TABLE accounts (id integer PRIMARY KEY, email text, region text);
INSERT INTO accounts VALUES (1, 'a@x', 'eu'), (2, NULL, 'us'), (3, 'b@x', NULL), (4, NULL, 'eu');
