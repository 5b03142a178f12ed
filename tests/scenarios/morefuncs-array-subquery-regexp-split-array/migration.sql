SELECT id, regexp_split_to_array(body, '\s+') AS words, regexp_split_to_array(body, 'a', 'i') AS ci, array_length(regexp_split_to_array(body, ''), 1) AS chars FROM t ORDER BY id;
SELECT id, ARRAY(SELECT x FROM unnest(tags) AS x ORDER BY x DESC NULLS LAST) AS sorted, ARRAY(SELECT id2 FROM generate_series(1, id) AS id2 WHERE id2 > 2) AS ids FROM t ORDER BY id;
CREATE TABLE words AS SELECT id, ARRAY(SELECT upper(w) FROM regexp_split_to_table(body, ' ') AS w WHERE w <> '') AS upper_words FROM t;
UPDATE t SET tags = ARRAY(SELECT DISTINCT x FROM unnest(tags) AS x WHERE x IS NOT NULL ORDER BY 1);
SELECT ARRAY(SELECT id, body FROM t);
