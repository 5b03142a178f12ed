CREATE TABLE customer_stats (customer_id integer, orders bigint, priced bigint, total numeric, mean numeric, items bigint, all_paid boolean, any_paid boolean, first_at timestamp, last_at timestamp, amounts text, ids integer[], doc json, docb jsonb);
INSERT INTO customer_stats
SELECT customer_id, count(*), count(amount), sum(amount), avg(amount), sum(qty), bool_and(paid), bool_or(paid),
       min(placed_at), max(placed_at), string_agg(amount::text, ';' ORDER BY id DESC), array_agg(id ORDER BY id),
       json_agg(qty ORDER BY id), jsonb_object_agg(id::text, amount)
FROM orders
GROUP BY customer_id
HAVING count(*) >= 1
ORDER BY customer_id;
