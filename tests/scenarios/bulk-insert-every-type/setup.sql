CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE measurements (
    id integer PRIMARY KEY,
    small smallint,
    big bigint,
    label varchar(30),
    body text,
    flag boolean,
    amount numeric(8, 3),
    ratio double precision,
    taken_on date,
    taken_at timestamp,
    taken_at_tz timestamptz,
    uid uuid,
    mood mood,
    code char(4)
);
