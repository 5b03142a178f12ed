BEGIN;
UPDATE customers SET tier = 'gold' WHERE name = 'Acme';
COMMIT;
BEGIN;
UPDATE customers SET tier = 'platinum' WHERE name = 'Globex';
INSERT INTO orders (customer_id, total) VALUES (99, 1.00);
COMMIT;
