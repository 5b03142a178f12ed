ALTER TYPE mood ADD VALUE 'happy';
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'ok';
ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
UPDATE people SET m = 'happy' WHERE id = 1;
