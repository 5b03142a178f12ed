WITH bump AS (UPDATE orders SET qty = qty + 10) UPDATE orders SET qty = qty * 2 WHERE id > 1 RETURNING id, qty;
SELECT id, qty, total FROM orders ORDER BY id;
