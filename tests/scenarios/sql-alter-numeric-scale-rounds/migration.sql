ALTER TABLE ledger ALTER COLUMN rate TYPE numeric(4, 2);
ALTER TABLE ledger ALTER COLUMN amount TYPE numeric(10, 0);
ALTER TABLE ledger ALTER COLUMN amount TYPE numeric(5, 2);
