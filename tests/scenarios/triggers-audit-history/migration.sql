UPDATE orders SET status = upper(status) WHERE status = 'open';
DELETE FROM orders WHERE id = 3;
INSERT INTO orders VALUES (4, 'NEW', NULL);
