DELETE FROM accounts WHERE username = 'ALICE';
DELETE FROM accounts WHERE username = 'Bob';
