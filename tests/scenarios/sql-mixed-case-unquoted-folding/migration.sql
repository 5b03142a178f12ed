ALTER TABLE Accounts ADD COLUMN Status text DEFAULT 'active';
UPDATE ACCOUNTS SET STATUS = 'x' WHERE ID = 1;
ALTER TABLE "Accounts" ADD COLUMN "Status" text DEFAULT 'Active';
UPDATE "Accounts" SET "Status" = status WHERE "Id" = 1;
