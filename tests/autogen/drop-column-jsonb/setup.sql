CREATE TABLE documents (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    attrs jsonb NOT NULL DEFAULT '{}'::jsonb
);
INSERT INTO documents (label, attrs) VALUES ('a', '{"k": 1}'), ('b', '{}');
