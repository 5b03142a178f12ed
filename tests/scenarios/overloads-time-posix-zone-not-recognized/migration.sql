-- A POSIX-style zone whose offset tzparse rejects (hours above 167, minutes above 59)
-- is PostgreSQL's 22023 "time zone ... not recognized", the word lowercased.
UPDATE slots SET opens = '10:00 AB-167';
UPDATE slots SET opens = '10:00 PM-0530';
