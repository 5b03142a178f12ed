CREATE TABLE orders (id integer PRIMARY KEY, customer text, day integer, amount integer, paid boolean);
INSERT INTO orders VALUES (1, 'x', 1, 10, true), (2, 'x', 2, 20, false), (3, 'y', 1, 5, true), (4, 'x', 2, 7, true), (5, 'y', 3, NULL, true), (6, 'x', 4, 1, true);
CREATE TABLE totals (id integer, running bigint, n bigint, n_all bigint, mean numeric, lo integer, hi integer, days text, amounts integer[], all_paid boolean, any_unpaid boolean, share numeric);
