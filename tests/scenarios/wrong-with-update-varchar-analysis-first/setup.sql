CREATE TABLE accounts (
    id integer PRIMARY KEY,
    code varchar(5) NOT NULL,
    qty varchar(5)
);
INSERT INTO accounts VALUES (1, 'A1', 'x'), (2, 'B2', NULL);
