UPDATE files SET kind = 'image' WHERE name SIMILAR TO '%.(jpg|JPG|png)';
UPDATE files SET kind = 'text' WHERE name SIMILAR TO '[a-z]+.txt' OR name NOT SIMILAR TO '%(.pdf|.JPG|.txt)';
UPDATE files SET kind = coalesce(kind, 'percent') WHERE name LIKE '%!%%' ESCAPE '!';
UPDATE files SET name = upper(name) WHERE name ILIKE 'img#_%' ESCAPE '#';
UPDATE files SET kind = kind || ':' || substring(name similar '%#"[0-9]+#"%' escape '#') WHERE name SIMILAR TO '%[0-9]%';
UPDATE files SET kind = kind || ':' || substring(name from '%.#"[a-z]+#"' for '#') WHERE name SIMILAR TO '%.[a-z]+';
ALTER TABLE files ADD CONSTRAINT sane_name CHECK (name NOT SIMILAR TO '%/%' AND name NOT LIKE '%\%%' ESCAPE '');
UPDATE files SET kind = 'x' WHERE name SIMILAR TO 'a' ESCAPE '##';
