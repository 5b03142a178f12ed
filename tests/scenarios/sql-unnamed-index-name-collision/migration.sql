CREATE INDEX ON items (sku);
CREATE INDEX ON items (sku);
CREATE INDEX ON items (price);
CREATE INDEX ON items (sku, price);
CREATE INDEX ON items (lower(sku));
CREATE UNIQUE INDEX ON items (id, sku);
ALTER TABLE items ADD UNIQUE (sku);
CREATE INDEX items_sku_idx ON items (sku);
