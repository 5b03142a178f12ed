CREATE TABLE names (id integer PRIMARY KEY, label text NOT NULL);
CREATE TABLE pids (id integer PRIMARY KEY, object_id integer NOT NULL, kind text NOT NULL, value text NOT NULL);
INSERT INTO names VALUES (1, 'ada'), (2, 'grace'), (3, 'edsger');
INSERT INTO pids VALUES (10, 1, 'names', 'n-1'), (11, 2, 'names', 'n-2'), (12, 2, 'other', 'x');
