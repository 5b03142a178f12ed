ALTER TABLE codes ADD CONSTRAINT prefix_upper CHECK (SUBSTRING(code FROM n FOR 2) = upper(substring(code for 2)));
ALTER TABLE codes ADD CONSTRAINT digits_follow CHECK (substring(code from '-([0-9]+)$') IS NOT NULL AND substring(code similar '%#"[0-9]+#"' escape '#') <> '');
ALTER TABLE codes ADD CONSTRAINT note_label CHECK (format('%s:%s', id, note, 'x') <> '' AND "left"(code, -1) <> '' AND split_part(code, '-', 2) ~ '^\d+$' AND concat(code, 'y', 1) <> '' AND concat_ws('-', 'z', note) <> '');
UPDATE codes SET code = regexp_replace(code, '-(\d+)', '-0\1');
INSERT INTO codes VALUES (4, 'gh-1', NULL);
