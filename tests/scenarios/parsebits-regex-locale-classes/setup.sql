CREATE TABLE words (id integer PRIMARY KEY, w text NOT NULL);
INSERT INTO words VALUES (1, 'café'), (2, 'naïve—ok'), (3, 'Ωmega'), (4, '日本'), (5, 'x' || chr(12288) || 'y'), (6, '٣ items'), (7, 'Straße'), (8, '€5');
