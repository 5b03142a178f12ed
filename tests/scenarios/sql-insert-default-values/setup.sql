CREATE TABLE notes (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL DEFAULT 'untitled',
    pinned boolean NOT NULL DEFAULT false,
    score numeric(4, 1) DEFAULT 2.25
);
INSERT INTO notes (title) VALUES ('Groceries'), ('Ideas');
INSERT INTO notes (id, title) VALUES (5, 'Manual');
