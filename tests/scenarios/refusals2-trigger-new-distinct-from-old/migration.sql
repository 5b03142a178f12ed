UPDATE items SET name = name, price = price;
UPDATE items SET price = 2.50 WHERE id = 1;
UPDATE items SET price = 3 WHERE id = 2;
UPDATE items SET name = NULL WHERE id = 3;
UPDATE items SET tags = '{a,b,c}' WHERE id = 1;
INSERT INTO items (id, name) VALUES (4, NULL);
