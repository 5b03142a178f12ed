CREATE TABLE members (id integer PRIMARY KEY, email text NOT NULL, nickname text);
INSERT INTO members VALUES (1, 'ann@example.com', 'ann'), (2, ' Ann@Example.com', 'annie'), (3, 'bob@example.com', NULL);
