ALTER TABLE ledger ADD COLUMN note text;
INSERT INTO ledger VALUES (3, 1.25, 'fee');
UPDATE ledger SET note = 'legacy' WHERE id = 99;
