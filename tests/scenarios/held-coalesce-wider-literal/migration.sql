ALTER TABLE shipments ADD COLUMN region text, ADD COLUMN route text;
UPDATE shipments SET region = coalesce(country, 'UNKNOWN'), route = coalesce(carrier, fallback) || '/' || greatest(carrier, fallback);
CREATE TABLE shipment_summary AS SELECT id, coalesce(country, 'ZZ') AS country, coalesce(carrier, carrier) AS carrier, coalesce(carrier, fallback) AS via FROM shipments;
