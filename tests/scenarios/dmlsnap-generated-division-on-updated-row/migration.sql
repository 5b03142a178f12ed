WITH zero AS (UPDATE orders SET qty = 0 WHERE id = 2) UPDATE orders SET code = 'zeroed' WHERE id >= 2;
