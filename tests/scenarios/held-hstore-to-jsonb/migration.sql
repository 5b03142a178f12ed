ALTER TABLE items ADD COLUMN attributes jsonb;
UPDATE items SET attributes = hstore_to_jsonb(attrs);
UPDATE items SET attributes = attributes || jsonb_build_object('color_known', attrs ? 'color');
ALTER TABLE items DROP COLUMN attrs;
