ALTER TABLE metrics ADD COLUMN s1 text;
ALTER TABLE metrics ADD COLUMN s2 text;
ALTER TABLE metrics ADD COLUMN n1 integer;
UPDATE metrics SET
    s1 = coalesce(nullif(trim(note), ''), upper(name)),
    s2 = replace(lower(coalesce(note, 'NONE')), ' ', '_') || substr(name, 2, 3),
    n1 = length(note);
UPDATE metrics SET note = ltrim(rtrim(note)) || substr(name, 1, 2) || left(name, 1) || right(name, 2);
UPDATE metrics SET name = initcap(name || ' one') WHERE id <= 2;
UPDATE metrics SET s2 = position('a' in name)::text || '|' || coalesce(nullif(a, 7), 0) || '|' || repeat('ab', 2) WHERE id > 2;
