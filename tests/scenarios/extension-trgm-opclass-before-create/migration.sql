CREATE INDEX places_name_trgm_early ON places USING gin (name gin_trgm_ops);
