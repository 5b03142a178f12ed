-- Only date - integer exists: the smallint operand is cast, and the stored CHECK shows it.
ALTER TABLE visits ADD CONSTRAINT recent CHECK (d - score > '2000-01-01');
UPDATE visits SET d = d + score;
