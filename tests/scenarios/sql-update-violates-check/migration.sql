UPDATE accounts SET balance = balance - 5 WHERE kind = 'savings';
UPDATE accounts SET balance = balance - 10;
