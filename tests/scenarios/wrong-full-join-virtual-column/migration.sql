-- id = id hashes, so the merged virtual column's clause (tier = 5) rides along.
INSERT INTO matches SELECT id, id FROM plans NATURAL FULL JOIN offers;
-- A virtual column over the other side's column still compares the two sides.
INSERT INTO matches SELECT p.id, o.id FROM plans p FULL JOIN offers o ON p.tier = o.doubled;
-- Constants on both sides fold away.
INSERT INTO matches SELECT p.id, o.id FROM plans p FULL JOIN offers o ON p.id < o.id AND 1 = 2;
-- After expansion the only clause is plans.tier = 5: neither merge- nor hash-joinable.
INSERT INTO matches SELECT p.id, o.id FROM plans p FULL JOIN offers o USING (tier);
