CREATE TABLE totals (label text, n bigint, total numeric, mean numeric, regions bigint);
INSERT INTO totals SELECT 'all', count(*), sum(amount), avg(qty), count(DISTINCT customer_id) FROM orders;
INSERT INTO totals SELECT 'none', count(*), sum(amount), avg(qty), count(DISTINCT customer_id) FROM orders WHERE false;
INSERT INTO totals SELECT 'paid', count(*) FILTER (WHERE paid), sum(amount) FILTER (WHERE paid), avg(qty), 0 FROM orders;
