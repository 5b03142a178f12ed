CREATE TABLE ledger (id integer PRIMARY KEY, amount numeric(10, 2), rate numeric);
INSERT INTO ledger VALUES (1, 12345.67, 0.125), (2, -0.05, 2.5), (3, 99999.995, 1.005);
