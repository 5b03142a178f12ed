-- A STRICT call over a NULL constant is folded to NULL before CheckMutability looks.
CREATE INDEX items_null_weight ON items (items_weight(NULL));
CREATE INDEX items_by_name ON items (name) WHERE items_weight(NULL) IS NULL;
-- Over a column it stays a call of a function that is not IMMUTABLE: the predicate's 42P17.
CREATE INDEX items_heavy ON items (name) WHERE items_weight(qty) > 10;
