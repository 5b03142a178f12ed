WITH small AS (DELETE FROM orders WHERE qty < 3) UPDATE orders SET qty = qty + 100 WHERE id <= 2;
WITH late AS (DELETE FROM orders WHERE id = 3) UPDATE orders SET code = 'both' WHERE id = 3;
