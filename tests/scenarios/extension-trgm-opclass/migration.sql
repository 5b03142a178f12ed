CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX places_name_trgm ON places USING gin (name gin_trgm_ops);
CREATE INDEX places_name_trgm_gist ON places USING gist (name gist_trgm_ops);
CREATE EXTENSION pg_trgm;
