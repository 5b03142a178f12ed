DELETE FROM subscriptions
 WHERE id IN (
   SELECT id FROM (
     SELECT id, rank() OVER (PARTITION BY user_id ORDER BY started DESC) AS r
     FROM subscriptions
   ) ranked
   WHERE r > 1
 );
CREATE UNIQUE INDEX subscriptions_user_id_key ON subscriptions (user_id);
