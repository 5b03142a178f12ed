CREATE TABLE prices (sku text, region text, cents integer NOT NULL, CONSTRAINT prices_sku_region UNIQUE (sku, region));
INSERT INTO prices VALUES ('a', 'eu', 100), ('a', 'us', 120);
