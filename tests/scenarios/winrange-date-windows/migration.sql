INSERT INTO event_windows
SELECT id,
  sum(amount) OVER (ORDER BY happened_on RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW) AS by_day,
  sum(amount) OVER (ORDER BY happened_at DESC RANGE BETWEEN '12 hours' PRECEDING AND '1 day' FOLLOWING) AS by_hours,
  sum(amount) OVER (ORDER BY at_tz RANGE BETWEEN '1 month' PRECEDING AND '1 day' PRECEDING) AS by_month,
  sum(amount) OVER (ORDER BY at_time NULLS FIRST RANGE BETWEEN '1 hour' PRECEDING AND '2 hours' FOLLOWING) AS by_time,
  count(*) OVER (ORDER BY took RANGE BETWEEN '1 day' PRECEDING AND '1 day' FOLLOWING) AS by_interval
FROM events;
