CREATE TABLE "order" (
    id serial PRIMARY KEY,
    "user" varchar(50) NOT NULL,
    "limit" integer NOT NULL,
    "desc" text
);
INSERT INTO "order" ("user", "limit", "desc") VALUES ('ada', 5, 'first'), ('alan', 10, NULL), ('ada', 7, 'again');
