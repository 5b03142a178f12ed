CREATE TABLE articles (
    id serial PRIMARY KEY,
    title varchar(200) NOT NULL,
    tags varchar(20)[] NOT NULL DEFAULT '{}',
    scores float[],
    counts integer[][],
    flags boolean[] DEFAULT '{t}',
    refs uuid[],
    matrix int[] DEFAULT '{{1,2},{3,4}}',
    labels char(3)[] DEFAULT '{ab}'
);
INSERT INTO articles (title, tags, scores, counts, refs) VALUES
    ('First', '{news,"hello world"}', '{1.5,2.25}', '{1,2,3}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'),
    ('Second', '{}', NULL, '{{1,2},{3,4}}', '{}'),
    ('Third', '{"",NULL,"null","a\"b","c\\d", " x "}', '{0.125,-0.5,3}', '{NULL}', NULL),
    ('Fourth', ARRAY['x', 'y'], ARRAY[1, 2.5], ARRAY[7], ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12'::uuid]);
