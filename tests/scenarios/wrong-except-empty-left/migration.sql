-- EXCEPT reads its left side first; an empty left side means the right is never read.
INSERT INTO report SELECT units FROM returns EXCEPT SELECT units / packs FROM stock;
INSERT INTO report SELECT units FROM returns EXCEPT ALL SELECT units / packs FROM stock;
-- INTERSECT reads both when the other side has rows: the division fails whichever comes first.
INSERT INTO report SELECT units FROM stock WHERE packs > 0 INTERSECT SELECT units / packs FROM stock;
