CREATE TABLE "Users" (
    "Id" serial PRIMARY KEY,
    "userName" varchar(50) NOT NULL,
    "createdAt" timestamp NOT NULL DEFAULT '2024-01-01 00:00:00'
);
INSERT INTO "Users" ("userName", "createdAt") VALUES ('Ada', '2024-02-01 10:00:00'), ('alan', '2024-03-01 11:00:00');
