CREATE TABLE orders (id serial PRIMARY KEY, currency char(3) NOT NULL DEFAULT 'USD', note text DEFAULT 'n/a', qty integer DEFAULT 1);
INSERT INTO orders (currency) VALUES ('EUR'), (DEFAULT);
