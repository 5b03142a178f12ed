CREATE TABLE "group" (id integer PRIMARY KEY, "name" text NOT NULL);
CREATE TABLE "user" (id integer PRIMARY KEY, "group" integer REFERENCES "group" (id), "select" boolean DEFAULT false);
INSERT INTO "group" VALUES (1, 'admins'), (2, 'staff');
INSERT INTO "user" VALUES (10, 1, true), (11, 2, false), (12, NULL, NULL);
