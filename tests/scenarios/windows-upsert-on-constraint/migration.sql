INSERT INTO prices VALUES ('a', 'eu', 90), ('b', 'eu', 10) ON CONFLICT ON CONSTRAINT prices_sku_region DO UPDATE SET cents = LEAST(prices.cents, EXCLUDED.cents);
INSERT INTO prices VALUES ('a', 'us', 1) ON CONFLICT (region, sku) DO NOTHING;
INSERT INTO prices VALUES ('z', 'us', 1) ON CONFLICT ON CONSTRAINT prices_nope DO NOTHING;
