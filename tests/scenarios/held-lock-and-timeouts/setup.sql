CREATE TABLE ledger (id integer PRIMARY KEY, account text NOT NULL, amount numeric(12,2) NOT NULL);
INSERT INTO ledger VALUES (1, 'a', 10), (2, 'b', -3.5);
