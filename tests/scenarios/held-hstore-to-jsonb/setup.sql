CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE items (id integer PRIMARY KEY, attrs hstore);
INSERT INTO items VALUES (1, 'color => red, size => "L"'), (2, NULL), (3, 'a=>1, b=>NULL');
