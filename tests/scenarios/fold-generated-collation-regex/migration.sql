ALTER TABLE items ADD COLUMN stripped text GENERATED ALWAYS AS (regexp_replace(code, '-', '')) STORED;
ALTER TABLE items ADD COLUMN fixed text GENERATED ALWAYS AS (regexp_replace('a-b', '-', '') || code) VIRTUAL;
