CREATE TABLE "order" (id serial PRIMARY KEY, "limit" integer NOT NULL);
INSERT INTO "order" ("limit") VALUES (5);
