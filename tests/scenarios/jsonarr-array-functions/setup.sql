CREATE TABLE posts (
    id integer PRIMARY KEY,
    tags text[] NOT NULL DEFAULT '{}',
    scores integer[],
    labels varchar(10)[]
);
INSERT INTO posts VALUES
    (1, '{a,b,a}', '{3,1,2}', '{x,y}'),
    (2, '{}', NULL, '{z}'),
    (3, '{"with space",NULL}', '{5,NULL}', NULL);
