CREATE TABLE shifts (id integer PRIMARY KEY, starts time NOT NULL);
INSERT INTO shifts VALUES (1, '07:05'), (2, '22:00');
