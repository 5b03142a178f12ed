ALTER TABLE rooms ADD COLUMN label text;
ALTER TABLE rooms ADD COLUMN code_len integer;
UPDATE rooms SET label = code || '|' || name, code_len = length(code);
UPDATE rooms SET name = upper(name) WHERE code = 'A1';
ALTER TABLE rooms ALTER COLUMN code TYPE varchar(4);
INSERT INTO rooms (code, name) VALUES ('A1  ', 'Annex');
