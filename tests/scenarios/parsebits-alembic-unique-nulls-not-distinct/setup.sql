CREATE TABLE members (id integer PRIMARY KEY, team_id integer, handle text);
INSERT INTO members VALUES (1, 1, 'ann'), (2, NULL, 'bob'), (3, NULL, 'bob');
