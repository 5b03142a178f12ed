CREATE TABLE ranges (
    id integer PRIMARY KEY,
    lo integer CHECK (lo >= 0),
    hi integer,
    CHECK (lo <= hi),
    CHECK (hi < 1000)
);
INSERT INTO ranges VALUES (1, 1, 5), (2, 0, 0);
