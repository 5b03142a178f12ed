CREATE TABLE legacy (code text NOT NULL);
INSERT INTO legacy (code) VALUES ('a'), ('b'), ('c');
