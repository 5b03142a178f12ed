CREATE TABLE payments (id integer PRIMARY KEY, amount_cents integer NOT NULL, ref text);
COMMENT ON TABLE payments IS 'Card payments';
INSERT INTO payments VALUES (1, 1250, 'r1');
