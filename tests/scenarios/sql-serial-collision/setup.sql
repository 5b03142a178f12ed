CREATE TABLE notes (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL DEFAULT 'untitled',
    pinned boolean NOT NULL DEFAULT false
);
INSERT INTO notes (id, title) VALUES (1, 'Groceries'), (2, 'Ideas'), (3, 'Reading list');
