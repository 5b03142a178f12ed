CREATE TABLE nums (n numeric, i bigint, t timestamp, tz timestamptz);
