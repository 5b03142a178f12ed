CREATE TABLE files (
    id serial PRIMARY KEY,
    name text NOT NULL,
    kind text
);
INSERT INTO files (name) VALUES
    ('report_2024%final.pdf'),
    ('IMG_0001.JPG'),
    ('notes.txt'),
    ('100%_done.md');
