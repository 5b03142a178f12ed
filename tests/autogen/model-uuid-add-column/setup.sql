CREATE TABLE orders (
    id serial PRIMARY KEY,
    ref varchar(20) NOT NULL
);
INSERT INTO orders (ref) VALUES ('o-1'), ('o-2'), ('o-3');
