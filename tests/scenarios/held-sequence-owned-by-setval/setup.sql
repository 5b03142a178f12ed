CREATE TABLE invoices (id integer PRIMARY KEY, number integer, customer text NOT NULL);
INSERT INTO invoices VALUES (1, 1001, 'ada'), (2, 1002, 'bob'), (3, NULL, 'cy'), (4, 1005, 'dee');
