CREATE TABLE codes (id int PRIMARY KEY, code varchar(10), note text, n smallint DEFAULT 1);
INSERT INTO codes (id, code, note) VALUES (1, 'AB-123', 'x'), (2, 'CD-45', NULL), (3, 'EF-6789', 'long note');
