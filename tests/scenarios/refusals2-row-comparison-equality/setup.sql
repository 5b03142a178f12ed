CREATE TABLE prices (id integer PRIMARY KEY, currency text, amount integer, base_currency text, base_amount integer, note text);
INSERT INTO prices VALUES (1, 'EUR', 10, 'EUR', 10, NULL), (2, 'USD', 12, 'EUR', 10, NULL), (3, NULL, NULL, 'EUR', 10, NULL), (4, 'EUR', NULL, 'EUR', NULL, NULL), (5, 'GBP', 9, NULL, 9, NULL);
