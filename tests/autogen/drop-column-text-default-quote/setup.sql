CREATE TABLE quotes (
    id serial PRIMARY KEY,
    label varchar(40) NOT NULL,
    saying text NOT NULL DEFAULT 'it''s'
);
INSERT INTO quotes (label, saying) VALUES ('a', 'hello'), ('b', 'it''s');
