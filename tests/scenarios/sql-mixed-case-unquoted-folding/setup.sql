CREATE TABLE "Accounts" ("Id" integer PRIMARY KEY, "Email" text);
CREATE TABLE accounts (id integer PRIMARY KEY, email text);
INSERT INTO "Accounts" VALUES (1, 'upper@example.com');
INSERT INTO accounts VALUES (1, 'lower@example.com');
