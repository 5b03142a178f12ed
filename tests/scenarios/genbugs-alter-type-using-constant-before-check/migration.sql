-- ATPrepAlterColumnType plans USING in phase 1: the constant's 22P02 comes before the
-- CHECK's re-binding against smallint (42883, phase 2).
ALTER TABLE items ALTER COLUMN price TYPE smallint USING ' padded  '::smallint;
