CREATE INDEX products_id_like ON products (id text_pattern_ops);
