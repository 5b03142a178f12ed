-- LIMIT 0 reads nothing (PostgreSQL's Limit node never pulls its input), so the
-- overflowing price + price is never computed.
INSERT INTO items (price) SELECT price FROM items WHERE price + price > 0 UNION ALL SELECT price FROM items LIMIT 0;
INSERT INTO items (price) SELECT price + price FROM items ORDER BY 1 LIMIT 0;
-- OFFSET is computed before LIMIT: the negative offset's error wins.
INSERT INTO items (price) SELECT price FROM items LIMIT -1 OFFSET -1;
