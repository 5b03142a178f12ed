CREATE TABLE members (id integer PRIMARY KEY, email text, handle text);
INSERT INTO members VALUES (1, 'a@x', 'a'), (2, 'b@x', 'b');
