-- A meridiem glued to an offset is a POSIX-style zone (PostgreSQL's pg_tzset): the
-- name `PM` and an offset west of Greenwich, so '10:00 PM-05:30' is 10:00 at +05:30
-- (the meridiem is not applied); a separate meridiem after it still is.
ALTER TABLE slots ADD COLUMN opens timetz DEFAULT '10:00 PM-05:30';
ALTER TABLE slots ADD COLUMN closes time DEFAULT '10:00 PM-05:30';
UPDATE slots SET opens = '10:00 am-5 pm' WHERE id = 2;
UPDATE slots SET closes = '11:30 abc5' WHERE id = 2;
UPDATE slots SET label = '09:15 x+3:30'::timetz::text;
-- A meridiem before a numeric offset is a word of its own: '10:00 PM+02' is 22:00+02.
ALTER TABLE slots ADD COLUMN ends timetz DEFAULT '10:00 PM+02';
