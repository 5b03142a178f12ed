CREATE TABLE documents (
    id serial PRIMARY KEY,
    keywords text[] NOT NULL DEFAULT '{}'
);
INSERT INTO documents (keywords) VALUES ('{alpha,beta}'), ('{}');
