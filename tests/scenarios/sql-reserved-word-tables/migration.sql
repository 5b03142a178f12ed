ALTER TABLE "user" ADD COLUMN "order" integer NOT NULL DEFAULT 0;
UPDATE "user" SET "order" = "user".id * 2 WHERE "select" IS NOT NULL;
CREATE UNIQUE INDEX ON "user" ("order");
DELETE FROM "group" WHERE "name" = 'staff';
