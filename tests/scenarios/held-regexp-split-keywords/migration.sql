CREATE TABLE article_keywords (article_id integer NOT NULL, keyword text NOT NULL CHECK (keyword <> ''), UNIQUE (article_id, keyword));
INSERT INTO article_keywords (article_id, keyword)
SELECT a.id, lower(k) FROM articles a, regexp_split_to_table(a.keywords, '\s*;\s*') AS k;
