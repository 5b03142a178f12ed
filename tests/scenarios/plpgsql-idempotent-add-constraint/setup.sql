CREATE TABLE accounts (id int PRIMARY KEY, email text);
CREATE TABLE orders (id int PRIMARY KEY, account_id int, total numeric(10,2));
INSERT INTO accounts VALUES (1, 'ada@example.com'), (2, 'bob@example.com');
INSERT INTO orders VALUES (10, 1, 9.50), (11, 2, 20.00), (12, 1, 3.25);
ALTER TABLE orders ADD CONSTRAINT orders_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
