-- A CHECK added by ALTER TABLE is planned before the table is scanned: its constant
-- cast overflows (22003) even with no rows. NOT VALID skips the scan.
ALTER TABLE users ADD CONSTRAINT score_small CHECK (score < (2147483647)::smallint) NOT VALID;
ALTER TABLE users ADD CONSTRAINT score_cap CHECK (score < (2147483647)::smallint);
