CREATE TABLE flags (id int, never boolean GENERATED ALWAYS AS (CASE WHEN false THEN 'a' > 'b' END) STORED);
CREATE TABLE ordered (id int, late boolean GENERATED ALWAYS AS (id > 0 AND 'a' > 'b') STORED);
