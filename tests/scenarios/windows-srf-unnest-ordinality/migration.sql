INSERT INTO tags (tag, pos) SELECT t, ord FROM unnest('{x,y,z}'::text[]) WITH ORDINALITY AS u(t, ord);
INSERT INTO tags (tag, score) SELECT * FROM unnest(ARRAY['p', 'q', 'r'], ARRAY[1, 2]);
INSERT INTO tags (post, tag) SELECT p.id, (SELECT string_agg(x, '+') FROM unnest(p.tags) x) FROM posts p;
