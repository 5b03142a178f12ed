INSERT INTO words SELECT * FROM regexp_split_to_table('the quick  brown fox', '\s+') WITH ORDINALITY;
INSERT INTO words (w) SELECT * FROM regexp_split_to_table('abc', '');
INSERT INTO words (w) SELECT * FROM string_to_table('a,b,,c', ',', '');
INSERT INTO words (w) SELECT * FROM string_to_table('xyz', NULL);
