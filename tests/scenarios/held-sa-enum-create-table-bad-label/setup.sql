CREATE TABLE projects (id integer PRIMARY KEY, name text NOT NULL);
INSERT INTO projects VALUES (1, 'website'), (2, 'mobile');
