UPDATE prices SET cents = cents * 2 WHERE cents > 10000;
UPDATE prices SET cents = cents + 1;
DELETE FROM prices WHERE sku = 'C-3';
INSERT INTO prices VALUES ('D-4', 10);
