INSERT INTO stock (sku, qty) VALUES ('a', 3), ('c', 8) ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty;
INSERT INTO stock (sku, qty) VALUES ('b', 1) ON CONFLICT (sku) DO UPDATE SET low = false;
