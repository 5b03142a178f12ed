CREATE INDEX products_name_like ON products (name text_pattern_ops);
CREATE UNIQUE INDEX products_sku_like ON products USING btree (sku varchar_pattern_ops DESC);
CREATE INDEX products_label_like ON products (label bpchar_pattern_ops, lower(name) text_pattern_ops);
CREATE INDEX products_doc_path ON products USING gin (doc jsonb_path_ops);
CREATE INDEX products_doc ON products USING gin (doc);
CREATE INDEX products_id_hash ON products USING hash (id);
CREATE INDEX products_id_brin ON products USING brin (id);
CREATE INDEX products_name_default ON products (name text_ops);
