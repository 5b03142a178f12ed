-- The rewriter adds the omitted column's default; the planner folds it: 22003 although
-- no row is inserted.
INSERT INTO items (id) SELECT 1 WHERE false;
