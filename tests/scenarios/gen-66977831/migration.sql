-- generate.mjs --seed 42 --only 436, shrunk: add_constraint: state differs at constraints.definition
ALTER TABLE items ADD CONSTRAINT items_id_check CHECK ((CASE WHEN TRUE THEN 1 ELSE 1 END > coalesce(42, -1)));
