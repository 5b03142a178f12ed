CREATE TABLE orders (id int PRIMARY KEY, qty int NOT NULL CHECK (qty >= 0), code text, total int GENERATED ALWAYS AS (100 / qty) STORED);
INSERT INTO orders (id, qty, code) VALUES (1, 1, 'abc'), (2, 2, '12'), (3, 3, NULL);
