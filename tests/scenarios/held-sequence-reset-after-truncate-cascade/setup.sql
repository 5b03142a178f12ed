CREATE TABLE import_batches (id serial PRIMARY KEY, source text NOT NULL);
CREATE TABLE import_rows (id bigserial PRIMARY KEY, batch_id integer NOT NULL REFERENCES import_batches (id), line text);
INSERT INTO import_batches (source) VALUES ('jan.csv'), ('feb.csv');
INSERT INTO import_rows (batch_id, line) VALUES (1, 'x'), (1, 'y'), (2, 'z');
