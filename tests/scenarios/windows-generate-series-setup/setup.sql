CREATE TABLE items (id integer PRIMARY KEY, label text NOT NULL);
INSERT INTO items SELECT g, 'x' || g FROM generate_series(1, 1000) g;
