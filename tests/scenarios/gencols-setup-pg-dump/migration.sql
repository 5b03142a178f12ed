-- pg_dump writes generated columns with their expressions (a virtual one without a
-- keyword) and leaves them out of COPY's column list.
UPDATE items SET qty = qty * 10;
ALTER TABLE items ALTER COLUMN label SET EXPRESSION AS ('#' || id::text);
INSERT INTO items (id, qty, price) VALUES (3, 1, 2.50);
ALTER TABLE items ALTER COLUMN total DROP EXPRESSION;
INSERT INTO items (id, qty, price, total) VALUES (4, 1, 1, 7);
