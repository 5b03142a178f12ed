UPDATE orders SET code = 'seen' WHERE id = 3;
-- The main statement runs first and updates row 1; the WITH query still reads row 1's old version, sets qty to NULL and checks NOT NULL before it finds the row already updated.
WITH clear AS (UPDATE orders SET qty = NULL WHERE id = 1) UPDATE orders SET code = 'main' WHERE id = 1;
