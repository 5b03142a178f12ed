ALTER TABLE ranges ADD CHECK (lo < 100);
ALTER TABLE ranges ADD CHECK (hi - lo < 500);
ALTER TABLE ranges ADD CHECK (id > 0);
ALTER TABLE ranges ADD CHECK (true);
ALTER TABLE ranges ADD CHECK (lo + hi + id < 10000);
ALTER TABLE ranges ADD COLUMN qty integer CHECK (qty > 0);
INSERT INTO ranges VALUES (3, 50, 10);
