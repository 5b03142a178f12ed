ALTER TABLE readings ADD COLUMN near bigint, ADD COLUMN near_desc bigint, ADD COLUMN amount_window numeric, ADD COLUMN score_window bigint;
UPDATE readings r SET near = w.near, near_desc = w.near_desc, amount_window = w.amount_window, score_window = w.score_window
FROM (SELECT id,
        sum(v) OVER (PARTITION BY sensor ORDER BY v RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS near,
        count(*) OVER (PARTITION BY sensor ORDER BY v DESC NULLS LAST RANGE BETWEEN 2 PRECEDING AND CURRENT ROW) AS near_desc,
        sum(amount) OVER (ORDER BY amount NULLS FIRST RANGE BETWEEN 0.75 PRECEDING AND 0.5 FOLLOWING) AS amount_window,
        count(*) OVER (ORDER BY score RANGE BETWEEN 1 PRECEDING AND 1.5 FOLLOWING) AS score_window
      FROM readings) w
WHERE w.id = r.id;
