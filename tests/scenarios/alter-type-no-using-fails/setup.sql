CREATE TABLE applications (
    id serial PRIMARY KEY,
    name varchar(200) NOT NULL,
    score varchar(10)
);
INSERT INTO applications (name, score) VALUES
    ('Ada Lovelace', '42'), ('Grace Hopper', '17'), ('Alan Turing', NULL), ('Katherine Johnson', '88');
