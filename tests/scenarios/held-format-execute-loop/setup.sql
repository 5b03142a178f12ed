CREATE TABLE "Customers" (id integer PRIMARY KEY, note text);
CREATE TABLE vendors (id integer PRIMARY KEY, note text);
INSERT INTO "Customers" VALUES (1, 'it''s fine'), (2, NULL);
INSERT INTO vendors VALUES (1, 'ok');
