CREATE INDEX products_name_btree ON products (name);
CREATE INDEX products_id_gin ON products USING gin (id);
