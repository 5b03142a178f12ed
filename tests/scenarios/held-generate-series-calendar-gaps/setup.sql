CREATE TABLE sales (day date NOT NULL, store integer NOT NULL, amount integer NOT NULL);
INSERT INTO sales VALUES ('2024-03-01', 1, 100), ('2024-03-03', 1, 40), ('2024-03-03', 2, 70), ('2024-03-06', 1, 5);
