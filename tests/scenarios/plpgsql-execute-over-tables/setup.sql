CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE invoices (id int PRIMARY KEY, customer_id int, amount int);
CREATE TABLE "Audit Log" (id int PRIMARY KEY, note text);
INSERT INTO customers VALUES (1, 'ada'), (2, 'bob');
INSERT INTO invoices VALUES (1, 1, 100), (2, 2, 250);
INSERT INTO "Audit Log" VALUES (1, 'created');
