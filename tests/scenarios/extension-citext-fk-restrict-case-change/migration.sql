UPDATE accounts SET username = 'BOB' WHERE username = 'bob';
UPDATE accounts SET username = 'ALICE' WHERE username = 'Alice';
