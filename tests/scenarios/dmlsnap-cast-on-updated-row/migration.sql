WITH parse AS (UPDATE orders SET qty = code::int WHERE code IS NOT NULL) UPDATE orders SET code = '7' WHERE id = 1;
