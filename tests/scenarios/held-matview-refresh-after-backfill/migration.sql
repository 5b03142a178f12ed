INSERT INTO orders VALUES (5, 'globex', 4200, '2024-03-02'), (6, 'acme', 310, '2024-03-15');
UPDATE orders SET total_cents = total_cents * 2 WHERE customer = 'initech';
REFRESH MATERIALIZED VIEW CONCURRENTLY monthly_revenue;
SELECT month, cents, orders FROM monthly_revenue ORDER BY month;
