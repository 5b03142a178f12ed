CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE posts (
    id serial PRIMARY KEY,
    tags character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    moods mood[] DEFAULT '{ok}',
    grid int[3][] DEFAULT ARRAY[1, 2],
    legacy _int4,
    codes char(2)[],
    names text[] DEFAULT ARRAY['a', 'b']
);
INSERT INTO posts (tags, moods, grid, legacy, codes) VALUES
    ('{a,b}', '{happy,sad}', '{{1,2},{3,4}}', '{5}', '{x,yz}'),
    ('{c}'::text[], '{}', '{}', NULL, NULL),
    (ARRAY['d', 'e', 'f'], NULL, ARRAY[7, 8, 9], '{}', '{"q "}');
