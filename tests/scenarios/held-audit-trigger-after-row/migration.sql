UPDATE accounts SET balance = balance * 1.1 WHERE balance > 0;
DELETE FROM accounts WHERE balance = 0;
INSERT INTO accounts (id, owner) VALUES (4, 'dee');
ALTER TABLE accounts ADD CONSTRAINT balance_nonneg CHECK (balance >= 0);
