CREATE TABLE temp_rows (id serial PRIMARY KEY, v text);
INSERT INTO temp_rows (v) VALUES ('a');
