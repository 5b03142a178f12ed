CREATE TABLE leads (id integer PRIMARY KEY, name text NOT NULL, phone text);
INSERT INTO leads VALUES (1, 'Ann', '(555) 010-0100'), (2, 'Bob', '555.010.0101'), (3, 'Cy', '+1 555 010 0102'), (4, 'Dee', 'call me'), (5, 'Eve', NULL);
