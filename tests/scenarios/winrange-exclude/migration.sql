UPDATE scores s SET others_avg = w.others_avg, others_in_range = w.others_in_range, best_other = w.best_other
FROM (SELECT id,
        avg(points) OVER (PARTITION BY team ORDER BY points RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW) AS others_avg,
        count(points) OVER (ORDER BY points RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING EXCLUDE GROUP) AS others_in_range,
        max(points) OVER (PARTITION BY team ORDER BY points RANGE BETWEEN CURRENT ROW AND 5 FOLLOWING EXCLUDE TIES) AS best_other
      FROM scores) w
WHERE w.id = s.id;
