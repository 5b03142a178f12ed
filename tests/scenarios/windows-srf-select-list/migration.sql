INSERT INTO post_tags SELECT id, unnest(tags), generate_series(1, 3) FROM posts ORDER BY id, 3;
INSERT INTO post_tags (tag, n) SELECT 'row-' || generate_series(1, 2), generate_series(10, 11) * 2;
INSERT INTO post_tags (post, tag) SELECT id, jsonb_array_elements_text('["a", "b"]') FROM posts WHERE id = 4;
