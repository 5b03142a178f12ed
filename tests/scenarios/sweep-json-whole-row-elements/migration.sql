CREATE TABLE event_items (event_id int NOT NULL REFERENCES events, sku text NOT NULL, qty int NOT NULL CHECK (qty > 0));
INSERT INTO event_items (event_id, sku, qty)
SELECT ev.id, item->>'sku', (item->>'qty')::int
FROM events ev, jsonb_array_elements(ev.payload->'items') AS item
ORDER BY ev.id, item->>'sku';
INSERT INTO event_items (event_id, sku, qty)
SELECT ev.id, tag, 1 FROM events ev CROSS JOIN LATERAL jsonb_array_elements_text(ev.payload->'tags') AS t(tag);
UPDATE events SET payload = payload - 'items' - 'tags';
ALTER TABLE events ADD COLUMN item_count int;
UPDATE events e SET item_count = (SELECT count(*) FROM event_items i WHERE i.event_id = e.id);
SELECT n FROM generate_series(1, 3) AS g(n) WHERE g > 1;
INSERT INTO event_items (event_id, sku, qty) SELECT 1, k, v::int FROM jsonb_each_text('{"z": 0}') AS kv(k, v);
