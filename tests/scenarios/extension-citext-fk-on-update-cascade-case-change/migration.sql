UPDATE accounts SET username = 'ALICE' WHERE username = 'alice';
DELETE FROM roles WHERE id = 3;
DELETE FROM accounts WHERE username = 'BOB';
