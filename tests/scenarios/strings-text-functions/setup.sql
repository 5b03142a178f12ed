CREATE TABLE people (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    code varchar(20),
    tags text
);
INSERT INTO people (full_name, email, code, tags) VALUES
    ('ada LOVELACE', 'Ada@Example.test', 'a-12', 'math,poetry,engines'),
    ('grace hopper', NULL, 'g-7', 'navy,cobol'),
    ('Ålan  Türing', 'alan@example.test', 'T-100', ''),
    ('katherine o''neil', 'kj@example.test', NULL, 'orbit');
