CREATE TABLE notes (
    id serial PRIMARY KEY,
    title varchar(100) NOT NULL DEFAULT 'untitled',
    pinned boolean NOT NULL DEFAULT false
);
