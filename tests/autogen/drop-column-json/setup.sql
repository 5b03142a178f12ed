CREATE TABLE documents (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    meta json
);
INSERT INTO documents (label, meta) VALUES ('a', '{"k": 1}'), ('b', '[1, 2]');
