-- date_part(text, date) reads the date as a timestamp (a SQL function in pg_proc):
-- its clock fields are 0 (NULL for an infinite date), where EXTRACT raises 0A000.
UPDATE days SET hour = date_part('hour', day), epoch = date_part('epoch', day), doy = date_part('doy', day);
UPDATE days SET hour = date_part('timezone', day) WHERE id = 1;
