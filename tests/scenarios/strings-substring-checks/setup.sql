CREATE TABLE codes (id int PRIMARY KEY, code text, note text);
INSERT INTO codes VALUES (1, 'AB-123', 'x'), (2, 'CD-45', NULL), (3, 'EF-6789', 'long note');
