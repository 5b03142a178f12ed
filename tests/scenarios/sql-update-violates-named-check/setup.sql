CREATE TABLE accounts (
    id serial PRIMARY KEY,
    owner varchar(100) NOT NULL,
    balance numeric(12, 2) NOT NULL CHECK (balance >= 0),
    kind varchar(10) NOT NULL,
    CONSTRAINT ck_accounts_kind CHECK (kind IN ('checking', 'savings'))
);
INSERT INTO accounts (owner, balance, kind) VALUES
    ('Ada Lovelace', 100.00, 'checking'),
    ('Alan Turing', 5.25, 'savings');
