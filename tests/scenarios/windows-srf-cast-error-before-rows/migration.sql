INSERT INTO items (total) SELECT g FROM generate_series(-2, -2, 0) AS g;
