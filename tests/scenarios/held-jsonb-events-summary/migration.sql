DELETE FROM events WHERE payload @> '{"synthetic": true}';
CREATE TABLE account_summaries AS
SELECT account_id,
       jsonb_build_object(
         'purchases', count(*) FILTER (WHERE payload ->> 'type' = 'purchase'),
         'spent', coalesce(sum((payload ->> 'amount')::numeric), 0),
         'skus', coalesce(jsonb_agg(payload #> '{items,0,sku}' ORDER BY id) FILTER (WHERE jsonb_array_length(payload -> 'items') > 0), '[]')
       ) AS summary
  FROM events
 GROUP BY account_id;
SELECT account_id, summary FROM account_summaries ORDER BY account_id;
