CREATE TABLE accounts (
    id serial PRIMARY KEY,
    username varchar(40) NOT NULL UNIQUE,
    balance numeric(12, 2) NOT NULL DEFAULT 0,
    note varchar(100),
    created date
);
INSERT INTO accounts (username, balance, note, created) VALUES ('ada', 10.50, 'vip', '2023-05-01'), ('bob', 0, NULL, NULL), ('cy', 99.99, 'new', '2024-02-29');
