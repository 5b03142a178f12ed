UPDATE prices SET raw = raw * 1.1;
UPDATE prices SET price = price * 1.1;
UPDATE prices SET whole = price + qty;
UPDATE prices SET raw = qty / 3.0;
UPDATE prices SET raw = price * ratio WHERE id <= 2;
UPDATE prices SET whole = price * 2 WHERE id = 4;
UPDATE prices SET raw = round(price / 3, 4), whole = qty * ratio;
