UPDATE shifts SET ends = ends + interval '30 minutes' WHERE ends < '23:00';
ALTER TABLE shifts ALTER COLUMN starts TYPE time(0);
ALTER TABLE shifts ALTER COLUMN logged_at TYPE time(1);
ALTER TABLE shifts ALTER COLUMN local_start TYPE time;
UPDATE shifts SET ends = starts + interval '8 hours' WHERE id = 3;
INSERT INTO shifts (id, starts, ends) VALUES (4, '10:00 PM', '23:30');
