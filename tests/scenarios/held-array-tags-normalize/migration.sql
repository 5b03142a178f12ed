UPDATE articles SET tags = ARRAY(SELECT DISTINCT lower(btrim(t)) FROM unnest(tags) AS t ORDER BY 1);
SELECT id, tags, array_length(tags, 1) AS n, cardinality(tags) AS c FROM articles ORDER BY id;
SELECT id FROM articles WHERE 'sql' = ANY (tags) AND tags @> ARRAY['rust'] ORDER BY id;
SELECT tag, array_agg(id ORDER BY id DESC) AS article_ids FROM articles, unnest(tags) AS tag GROUP BY tag ORDER BY tag;
ALTER TABLE articles ADD CONSTRAINT articles_max_tags CHECK (cardinality(tags) <= 3);
