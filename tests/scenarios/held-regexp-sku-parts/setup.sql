CREATE TABLE items (id integer PRIMARY KEY, sku text NOT NULL);
INSERT INTO items VALUES (1, 'TOOL-00042-blue'), (2, 'tool-7-red'), (3, 'GARDEN-0013'), (4, 'misc');
