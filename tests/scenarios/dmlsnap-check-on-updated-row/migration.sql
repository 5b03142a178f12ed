WITH negative AS (UPDATE orders SET qty = -1 WHERE id = 3) UPDATE orders SET code = 'checked';
