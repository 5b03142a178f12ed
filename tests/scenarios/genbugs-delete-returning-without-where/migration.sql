-- RETURNING is reserved: it is no alias of the table, with or without a WHERE.
DELETE FROM accounts RETURNING *;
INSERT INTO accounts VALUES (3, 'c') RETURNING id, note;
DELETE FROM accounts RETURNING nosuch;
