CREATE TABLE recipes (id integer PRIMARY KEY, name text NOT NULL, ingredients_csv text);
INSERT INTO recipes VALUES (1, 'pancakes', 'flour,eggs,milk,'), (2, 'toast', 'bread'), (3, 'water', NULL), (4, 'omelette', 'eggs,,butter,salt,pepper');
