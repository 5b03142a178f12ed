CREATE TABLE sales (id integer PRIMARY KEY, region text, amount integer);
INSERT INTO sales VALUES (1, 'n', 10), (2, 's', 5), (3, 'n', 7), (4, 'e', 12), (5, 's', 1);
CREATE TABLE region_rank (region text, total bigint, place bigint, share numeric);
