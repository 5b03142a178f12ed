CREATE TABLE forums (id integer PRIMARY KEY, title text NOT NULL);
CREATE TABLE threads (id integer PRIMARY KEY, forum_id integer NOT NULL REFERENCES forums (id), replies integer NOT NULL DEFAULT 0, last_post date);
INSERT INTO forums VALUES (1, 'general'), (2, 'help'), (3, 'offtopic');
INSERT INTO threads VALUES (10, 1, 4, '2024-01-02'), (11, 1, 0, NULL), (12, 2, 17, '2024-03-09'), (13, 2, 2, '2024-02-01');
