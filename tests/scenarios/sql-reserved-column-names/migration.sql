ALTER TABLE "order" ADD CONSTRAINT ck_order_limit CHECK ("limit" > 0);
CREATE INDEX ix_order_user_desc ON "order" ("user", lower("desc"));
ALTER TABLE "order" ADD CONSTRAINT uq_order_user_limit UNIQUE ("user", "limit");
INSERT INTO "order" ("user", "limit") VALUES ('ada', 5);
