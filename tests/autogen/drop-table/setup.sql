CREATE TABLE authors (
    id serial PRIMARY KEY,
    name varchar(100) NOT NULL
);
CREATE TABLE legacy_imports (
    id serial PRIMARY KEY,
    source varchar(50) NOT NULL,
    payload text,
    imported_at timestamp
);
INSERT INTO legacy_imports (source, payload, imported_at) VALUES ('csv', 'a,b,c', '2023-11-01 08:00:00'), ('api', NULL, NULL);
INSERT INTO authors (name) VALUES ('Le Guin'), ('Pratchett'), ('Jemisin');
