WITH ratio AS (DELETE FROM orders WHERE 6 / (qty - 1) > 2) UPDATE orders SET qty = qty + 1 WHERE id = 1;
