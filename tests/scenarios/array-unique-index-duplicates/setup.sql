CREATE TABLE routes (
    id serial PRIMARY KEY,
    stops integer[],
    names text[]
);
INSERT INTO routes (stops, names) VALUES
    ('{1,2,3}', '{a,b}'),
    ('{1,2}', '{a,b,NULL}'),
    (NULL, '{{a,b},{c,d}}'),
    ('{}', '{a,b,c,d}'),
    ('{3,2,1}', '{a,NULL}'),
    ('{1,2,3}', '{a,NULL}'),
    (NULL, NULL);
