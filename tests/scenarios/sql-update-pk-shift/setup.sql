CREATE TABLE slots (
    position integer PRIMARY KEY,
    label text NOT NULL
);
INSERT INTO slots VALUES (1, 'first'), (2, 'second'), (3, 'third');
