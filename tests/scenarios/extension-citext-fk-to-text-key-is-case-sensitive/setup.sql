CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE projects (name text PRIMARY KEY);
CREATE TABLE releases (id int PRIMARY KEY, name citext);
INSERT INTO projects VALUES ('Django'), ('requests');
INSERT INTO releases VALUES (1, 'Django'), (2, 'requests'), (3, 'django');
