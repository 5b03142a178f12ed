UPDATE words SET w = regexp_replace(w, '[[:punct:]]', '_', 'g') WHERE w ~ '[^[:alnum:][:space:]]';
DELETE FROM words WHERE w ~ '\s' AND w !~ '\d';
UPDATE words SET w = w || '!' WHERE w ~* '^(caf|STRA)' OR w ~ '^[à-ÿΑ-Ω]';
INSERT INTO words SELECT 20 + id, substring(w from '\w+') FROM words WHERE w ~ '^[[:upper:]]' ORDER BY id;
ALTER TABLE words ADD CONSTRAINT words_letters CHECK (w ~ '^[[:alpha:][:digit:]_! ]+$');
INSERT INTO words VALUES (30, 'ok'), (31, 'é€');
