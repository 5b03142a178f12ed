CREATE TABLE labels (label text);
INSERT INTO labels SELECT name FROM users UNION SELECT title FROM projects ORDER BY lower(name);
