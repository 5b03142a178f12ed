CREATE EXTENSION IF NOT EXISTS unaccent;
ALTER TABLE cities ADD COLUMN slug text;
UPDATE cities SET slug = regexp_replace(lower(unaccent(name)), '[^a-z0-9]+', '-', 'g');
CREATE UNIQUE INDEX cities_slug_key ON cities (slug);
