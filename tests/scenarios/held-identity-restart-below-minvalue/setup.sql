CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);
CREATE SEQUENCE order_ref_seq START WITH 500;
INSERT INTO orders (note) VALUES ('a'), ('b');
