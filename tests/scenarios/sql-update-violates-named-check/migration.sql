INSERT INTO accounts (owner, balance, kind) VALUES ('Grace Hopper', 1, 'brokerage');
