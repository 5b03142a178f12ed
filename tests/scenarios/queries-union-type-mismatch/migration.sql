CREATE TABLE labels (label text);
INSERT INTO labels SELECT name FROM users UNION SELECT owner_id FROM projects;
