CREATE TABLE account_keys (account_id int, key text);
INSERT INTO account_keys SELECT id, json_object_keys(settings) FROM accounts;
ALTER TABLE accounts ADD COLUMN theme text, ADD COLUMN tags json;
UPDATE accounts SET theme = json_extract_path_text(settings, 'ui', 'theme'), tags = settings #> '{tags}';
UPDATE accounts SET settings = json_strip_nulls(settings);
CREATE TABLE account_tags (account_id int, tag text, position bigint);
INSERT INTO account_tags SELECT a.id, e.tag, e.n FROM accounts a, json_array_elements_text(a.tags) WITH ORDINALITY AS e(tag, n);
