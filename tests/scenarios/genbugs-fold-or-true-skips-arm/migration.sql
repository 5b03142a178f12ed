-- eval_const_expressions reduces x OR <constant true> to true and x AND <constant false>
-- to false: x is never evaluated (no division by zero, no invalid regular expression).
UPDATE items SET qty = 1 WHERE (7 / qty = 1) OR true;
UPDATE items SET flag = (name ~ 'a{2,1}') OR (1 < 2);
UPDATE items SET flag = (7 / (qty - 1) > 1) AND false;
ALTER TABLE items ADD CHECK (name ~ 'a{2,1}' OR true);
INSERT INTO items (name, qty) VALUES ('z', 0);
UPDATE items SET qty = CASE WHEN qty > 5 THEN 1 WHEN true THEN 2 ELSE 1 / 0 END;
UPDATE items SET qty = coalesce(NULL, qty, 1 / 0);
